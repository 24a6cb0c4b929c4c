# The API process (GraphQL + the built web app). Neo4j runs in its own container (docker-compose.yml).
# Two stages: `build` has every dependency and builds the web app (Vite); the final image has the
# production dependencies only (tsx runs the TypeScript), the API's source, the migrations and the
# built web app, and runs as the unprivileged `node` user with NODE_ENV=production.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY tools/neo4j-local/package.json tools/neo4j-local/
COPY api/package.json api/
COPY seed/package.json seed/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY tools/neo4j-local/package.json tools/neo4j-local/
COPY api/package.json api/
COPY seed/package.json seed/
COPY web/package.json web/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY api/src api/src
COPY cypher cypher
COPY --from=build /app/web/dist web/dist
# The one folder the process writes: uploaded master lists and their error reports (IMPORT_DIR).
RUN mkdir -p .data/imports && chown -R node:node .data
USER node
# Inside the container the API must listen on every interface to be reachable through a published
# port; the development login refuses that, so this image always needs AUTH_JWT_SECRET or AUTH_JWKS_URL.
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "--import", "tsx", "api/src/server/main.ts"]
