# The API process (GraphQL + the built web app). Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY tools/neo4j-local/package.json tools/neo4j-local/
COPY api/package.json api/
COPY seed/package.json seed/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web
ENV PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "api/src/server/main.ts"]
