import {
  AFFILIATION_TYPES,
  EDGE_SOURCES,
  INFLUENCE_TYPES as ALL_INFLUENCE_TYPES,
  METRICS,
  NETWORK_KINDS,
  ORGANIZATION_KINDS,
} from "@pharmagraph/api/model/vocabulary.ts";
import type { Role } from "@pharmagraph/api/model/roles.ts";
import { allocationWeights } from "./allocation-weights.ts";
import { apportion, offsets } from "./apportion.ts";
import {
  cellOf,
  cellsCentre,
  MAX_MASS,
  pointAt,
  territoryGrid,
  zipSuffix,
  type PolarPosition,
  type TerritoryGrid,
} from "./metro-geometry.ts";
import { npiFromBody } from "./npi.ts";
import { cumulative, Rng } from "./prng.ts";
import {
  ACCOUNT_KINDS,
  ACCOUNT_NAME_PARTS,
  CREDENTIALS,
  FIRST_NAMES,
  LAST_NAMES,
  METROS,
  PRIMARY_CARE,
  regionOf,
  SPECIALTIES,
  type Metro,
} from "./reference-data.ts";
import type {
  AccountRow,
  AffiliationRow,
  HcpRow,
  InfluenceRow,
  Located,
  MetricRow,
  NetworkRow,
  OrganizationRow,
  TerritoryRow,
  UserRow,
} from "./rows.ts";
import type { Scale } from "./scales.ts";

/** Phase numbers key each entity's own random stream (see prng.ts). */
const PHASE = {
  hcp: 1,
  account: 2,
  organization: 3,
  network: 4,
  hcpAffiliation: 5,
  accountAffiliation: 6,
  orgAffiliation: 7,
  influence: 8,
  metric: 9,
  user: 10,
} as const;

const SPECIALTY_CUM = cumulative(SPECIALTIES.map((s) => s.share));
const CREDENTIAL_CUM = cumulative(CREDENTIALS.map((c) => c.share));
const ACCOUNT_KIND_CUM = cumulative(ACCOUNT_KINDS.map((k) => k.share));
/** Share of HCPs with 1, 2, 3, 4 account affiliations (mean 2.2: about 2.5M hierarchy edges at US scale). */
const AFFILIATION_COUNT_CUM = cumulative([0.3, 0.35, 0.22, 0.13]);
const HCP_EDGE_TYPES = AFFILIATION_TYPES.HCP;
const ACCOUNT_EDGE_TYPES = AFFILIATION_TYPES.ACCOUNT;
/** KOL edges go to the top of each local pool; the rest draw among the other types. */
const INFLUENCE_TYPES = ALL_INFLUENCE_TYPES.filter((t) => t !== "KOL");
/** Shares of MASTER_LIST, FIELD and STEWARD edges, in the order of EDGE_SOURCES. */
const SOURCE_CUM = cumulative([0.8, 0.15, 0.05]);
const SOURCES = EDGE_SOURCES;
const METRIC_NAMES = METRICS;
const PHARMACY = SPECIALTIES.findIndex((s) => s.name === "Clinical Pharmacy");
const round2 = (x: number) => Math.round(x * 100) / 100;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** The row fields of a place drawn by SeedPlan.place. */
const located = (p: { metro: Metro; zip: string; lat: number; lon: number; territory: string }): Located => ({
  city: p.metro.city,
  state: p.metro.state,
  zip: p.zip,
  lat: p.lat,
  lon: p.lon,
  territory: p.territory,
});
const drawPosition = (rng: Rng): PolarPosition => ({ mass: rng.next() * MAX_MASS, turn: rng.next() });

/**
 * Everything needed to generate one seed: how entities spread over metros and territories,
 * plus compact per-HCP facts (metro, specialty, influence pools) that the edge generators share.
 * Entity `i` of a kind is always generated from its own random stream, so rows come out the
 * same whether generated all at once or in chunks.
 */
export class SeedPlan {
  readonly metros: readonly Metro[];
  readonly hcpStart: number[];
  readonly accountStart: number[];
  readonly organizationStart: number[];
  /** How each metro is cut into territories, and the index of each metro's first territory. */
  readonly grids: TerritoryGrid[];
  readonly territoryStart: number[];
  private readonly hcpSpecialty: Uint8Array;
  private readonly hcpMetro: Uint16Array;
  private readonly hcpTerritory: Int32Array;
  /** Account indices per territory: an HCP's primary account lies in its own territory. */
  private readonly accountsByTerritory: number[][];
  /** HCP indices per (specialty, metro) and per specialty, in index order: low positions in a (specialty, metro) pool become KOLs. */
  private readonly localPool = new Map<number, number[]>();
  private readonly specialtyPool: number[][];
  private readonly positionInLocalPool: Int32Array;

  constructor(
    readonly scale: Scale,
    readonly seed: number,
    readonly idPrefix = "",
  ) {
    this.metros = METROS.slice(0, scale.metros);
    const weights = this.metros.map((m) => m.population);
    const hcpCounts = apportion(scale.hcps, weights, 1);
    this.hcpStart = offsets(hcpCounts);
    this.accountStart = offsets(apportion(scale.accounts, weights, 1));
    this.organizationStart = offsets(apportion(scale.organizations, weights, 1));
    this.grids = hcpCounts.map((n) => territoryGrid(Math.max(1, Math.round(n / scale.hcpsPerTerritory))));
    this.territoryStart = offsets(this.grids.map((g) => g.rings * g.sectors));

    this.accountsByTerritory = Array.from({ length: this.territoryStart[this.territoryStart.length - 1]! }, () => []);
    for (let j = 0; j < scale.accounts; j++) {
      this.accountsByTerritory[this.territoryOf(this.metroOfAccount(j), this.accountCore(j).position)]!.push(j);
    }

    this.hcpSpecialty = new Uint8Array(scale.hcps);
    this.hcpMetro = new Uint16Array(scale.hcps);
    this.hcpTerritory = new Int32Array(scale.hcps);
    this.specialtyPool = SPECIALTIES.map(() => []);
    this.positionInLocalPool = new Int32Array(scale.hcps);
    for (let i = 0; i < scale.hcps; i++) {
      const metro = this.metroOfHcp(i);
      const { specialty, position } = this.hcpCore(i);
      this.hcpSpecialty[i] = specialty;
      this.hcpMetro[i] = metro;
      this.hcpTerritory[i] = this.territoryOf(metro, position);
      const key = specialty * 1000 + metro;
      let pool = this.localPool.get(key);
      if (!pool) {
        pool = [];
        this.localPool.set(key, pool);
      }
      this.positionInLocalPool[i] = pool.length;
      pool.push(i);
      this.specialtyPool[specialty]!.push(i);
    }
  }

  id(kind: string, n: number, width: number): string {
    return `${this.idPrefix}${kind}-${pad(n + 1, width)}`;
  }
  hcpId = (i: number) => this.id("HCP", i, 7);
  accountId = (j: number) => this.id("ACC", j, 6);
  organizationId = (k: number) => this.id("ORG", k, 4);
  networkId = (n: number) => this.id("NET", n, 3);
  territoryId = (t: number) => this.id("TERR", t, 4);

  private metroOf(start: number[], index: number): number {
    let lo = 0;
    let hi = start.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (start[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  metroOfHcp = (i: number) => this.metroOf(this.hcpStart, i);
  metroOfAccount = (j: number) => this.metroOf(this.accountStart, j);
  metroOfOrganization = (k: number) => this.metroOf(this.organizationStart, k);

  private territoryOf(m: number, position: PolarPosition): number {
    return this.territoryStart[m]! + cellOf(this.grids[m]!, position);
  }

  /** A point scattered around the metro centre, with the ZIP and territory it falls in. */
  private place(m: number, position: PolarPosition) {
    const metro = this.metros[m]!;
    const { lat, lon } = pointAt(metro, position);
    return {
      metro,
      lat: round5(lat),
      lon: round5(lon),
      zip: metro.zip3 + zipSuffix(position),
      territory: this.territoryId(this.territoryOf(m, position)),
    };
  }

  /** The first draws of an account's stream: where it is. */
  private accountCore(j: number) {
    const rng = Rng.for(this.seed, PHASE.account, j);
    return { rng, position: drawPosition(rng) };
  }

  /** The first draws of an HCP's stream: where it is, its credential and specialty. */
  private hcpCore(i: number) {
    const rng = Rng.for(this.seed, PHASE.hcp, i);
    const position = drawPosition(rng);
    const credential = CREDENTIALS[rng.weightedIndex(CREDENTIAL_CUM)]!.name;
    let specialty = rng.weightedIndex(SPECIALTY_CUM);
    if (credential === "PharmD") specialty = PHARMACY;
    else if (specialty === PHARMACY || ((credential === "NP" || credential === "PA") && rng.next() < 0.7)) {
      const primaryCare = rng.pick(PRIMARY_CARE);
      specialty = SPECIALTIES.findIndex((s) => s.name === primaryCare);
    }
    return { rng, position, credential, specialty };
  }

  territories(): TerritoryRow[] {
    return this.metros.flatMap((metro, m) => {
      const count = this.territoryStart[m + 1]! - this.territoryStart[m]!;
      return Array.from({ length: count }, (_, k) => ({
        id: this.territoryId(this.territoryStart[m]! + k),
        name: count === 1 ? metro.city : `${metro.city} ${k + 1}`,
        region: regionOf(metro.state),
      }));
    });
  }

  network(n: number): NetworkRow {
    const rng = Rng.for(this.seed, PHASE.network, n);
    return {
      id: this.networkId(n),
      name: `${rng.pick(ACCOUNT_NAME_PARTS.prefixes)} ${rng.pick(ACCOUNT_NAME_PARTS.network)}`,
      kind: rng.pick(NETWORK_KINDS),
    };
  }

  organization(k: number): OrganizationRow {
    const rng = Rng.for(this.seed, PHASE.organization, k);
    const metro = this.metros[this.metroOfOrganization(k)]!;
    return {
      id: this.organizationId(k),
      name: `${rng.pick(ACCOUNT_NAME_PARTS.prefixes)} ${rng.pick(ACCOUNT_NAME_PARTS.org)} of ${metro.city}`,
      kind: rng.pick(ORGANIZATION_KINDS),
      state: metro.state,
    };
  }

  account(j: number): AccountRow {
    const { rng, position } = this.accountCore(j);
    const kind = ACCOUNT_KINDS[rng.weightedIndex(ACCOUNT_KIND_CUM)]!;
    const p = this.place(this.metroOfAccount(j), position);
    const surname = rng.pick(LAST_NAMES);
    const name =
      kind.name === "PRACTICE"
        ? `${surname} Family Medical Practice`
        : kind.name === "PHARMACY"
          ? `${rng.pick(ACCOUNT_NAME_PARTS.prefixes)} Pharmacy ${p.metro.city}`
          : `${rng.pick(ACCOUNT_NAME_PARTS.prefixes)} ${kind.label} ${p.metro.city}`;
    return {
      id: this.accountId(j),
      name,
      kind: kind.name,
      ...located(p),
    };
  }

  hcp(i: number): HcpRow {
    const { rng, position, credential, specialty } = this.hcpCore(i);
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const p = this.place(this.hcpMetro[i]!, position);
    // Real NPIs start with 1 or 2; i -> (i * 7919 + offset) mod 2e8 is a bijection (7919 is prime), so NPIs are unique within a seed.
    const npi = npiFromBody(100_000_000 + ((i * 7919 + (this.seed % 1000) * 104_729) % 200_000_000));
    return {
      id: this.hcpId(i),
      npi,
      firstName,
      lastName,
      name: `${lastName}, ${firstName} ${credential}`,
      credential,
      specialty: SPECIALTIES[specialty]!.name,
      ...located(p),
    };
  }

  private edgeBase(rng: Rng) {
    return {
      influence: round2(rng.next()),
      validFrom: `${2015 + rng.int(11)}-${pad(1 + rng.int(12), 2)}-01`,
      source: SOURCES[rng.weightedIndex(SOURCE_CUM)]!,
      confidence: round2(rng.range(0.6, 1)),
    };
  }

  /** Distinct picks from [start, end): `count` of them, or all when the range is smaller. */
  private distinctInRange(rng: Rng, start: number, end: number, count: number): number[] {
    const size = end - start;
    const picks = new Set<number>();
    while (picks.size < Math.min(count, size)) picks.add(start + rng.int(size));
    return [...picks];
  }

  /**
   * Distinct accounts for an HCP: the first (its primary) from its own territory when that has
   * any, the others from the territory or anywhere in the metro, half and half.
   */
  private nearbyAccounts(rng: Rng, m: number, local: readonly number[], count: number): number[] {
    const start = this.accountStart[m]!;
    const size = this.accountStart[m + 1]! - start;
    const picks = new Set<number>(local.length > 0 ? [rng.pick(local)] : []);
    while (picks.size < Math.min(count, size)) picks.add(local.length > 0 && rng.next() < 0.5 ? rng.pick(local) : start + rng.int(size));
    return [...picks];
  }

  /** One child's upward edges: weights summing to 1, the first (largest) primary, ids `<edgeKey>-<slot>`. */
  private affiliationRows(rng: Rng, edgeKey: string, child: string, parents: string[], typeOf: () => string): AffiliationRow[] {
    const weights = allocationWeights(rng, parents.length);
    return parents.map((parent, slot) => ({
      id: `${this.idPrefix}${edgeKey}-${slot + 1}`,
      child,
      parent,
      weight: weights[slot]!,
      primary: slot === 0,
      type: typeOf(),
      ...this.edgeBase(rng),
    }));
  }

  hcpAffiliations(i: number): AffiliationRow[] {
    const rng = Rng.for(this.seed, PHASE.hcpAffiliation, i);
    const m = this.hcpMetro[i]!;
    const accounts = this.nearbyAccounts(
      rng,
      m,
      this.accountsByTerritory[this.hcpTerritory[i]!]!,
      1 + rng.weightedIndex(AFFILIATION_COUNT_CUM),
    );
    return this.affiliationRows(rng, `AFF-H${pad(i + 1, 7)}`, this.hcpId(i), accounts.map(this.accountId), () => rng.pick(HCP_EDGE_TYPES));
  }

  accountAffiliations(j: number): AffiliationRow[] {
    const rng = Rng.for(this.seed, PHASE.accountAffiliation, j);
    const m = this.metroOfAccount(j);
    const count = rng.next() < 0.1 ? 2 : 1; // about 10% of accounts belong to two organizations
    const orgs = this.distinctInRange(rng, this.organizationStart[m]!, this.organizationStart[m + 1]!, count);
    return this.affiliationRows(rng, `AFF-A${pad(j + 1, 6)}`, this.accountId(j), orgs.map(this.organizationId), () =>
      rng.pick(ACCOUNT_EDGE_TYPES),
    );
  }

  organizationAffiliations(k: number): AffiliationRow[] {
    const rng = Rng.for(this.seed, PHASE.orgAffiliation, k);
    const networks = this.distinctInRange(rng, 0, this.scale.networks, rng.next() < 0.4 ? 2 : 1);
    return this.affiliationRows(rng, `AFF-O${pad(k + 1, 4)}`, this.organizationId(k), networks.map(this.networkId), () => "MEMBER");
  }

  /** The (specialty, metro) pool one influencer of an HCP is drawn from. */
  private influencerPool(rng: Rng, specialty: number, metro: number): readonly number[] {
    const pool = (s: number, m: number) => this.localPool.get(s * 1000 + m)!;
    const u = rng.next();
    if (u < 0.7) return pool(specialty, metro);
    if (u < 0.9) return pool(specialty, this.hcpMetro[rng.pick(this.specialtyPool[specialty]!)]!);
    const colleague = this.hcpStart[metro]! + rng.int(this.hcpStart[metro + 1]! - this.hcpStart[metro]!);
    return pool(this.hcpSpecialty[colleague]!, metro);
  }

  /**
   * The HCPs that HCP `i` follows: mostly peers of its specialty in its metro, some of its
   * specialty anywhere (a metro chosen in proportion to its HCPs of that specialty), some local
   * colleagues of other specialties. Within a (specialty, metro) pool the pick is skewed towards
   * the first members (u^5), which yields a few KOLs with many followers (a power law).
   */
  influences(i: number): InfluenceRow[] {
    const rng = Rng.for(this.seed, PHASE.influence, i);
    const specialty = this.hcpSpecialty[i]!;
    const metro = this.hcpMetro[i]!;
    const wanted = Math.min(40, 1 + Math.floor(Math.log(1 - rng.next()) / Math.log(1 - 1 / this.scale.meanInfluencers)));
    const chosen = new Set<number>();
    for (let attempt = 0; attempt < wanted * 3 && chosen.size < wanted; attempt++) {
      const pool = this.influencerPool(rng, specialty, metro);
      const influencer = pool[Math.floor(pool.length * rng.next() ** 5)]!;
      if (influencer !== i) chosen.add(influencer);
    }
    return [...chosen].map((influencer, slot) => ({
      id: `${this.idPrefix}INF-${pad(i + 1, 7)}-${slot + 1}`,
      from: this.hcpId(influencer),
      to: this.hcpId(i),
      weight: round2(rng.range(0.1, 1)),
      type: this.positionInLocalPool[influencer]! < 3 ? "KOL" : rng.pick(INFLUENCE_TYPES),
    }));
  }

  /** Own metric values per period; potential follows specialty, and KOLs prescribe more. */
  metrics(i: number): MetricRow[] {
    const rng = Rng.for(this.seed, PHASE.metric, i);
    const specialty = SPECIALTIES[this.hcpSpecialty[i]!]!;
    const kolBoost = 1 + 3 * Math.exp(-this.positionInLocalPool[i]! / 3);
    const potential = 200 * specialty.potential * Math.exp(0.6 * rng.normal()) * kolBoost;
    const share = rng.range(0.05, 0.5);
    const price = rng.range(85, 400);
    const id = this.hcpId(i);
    return this.scale.periods.flatMap((period, p) => {
      const trx = Math.max(1, Math.round(potential * share * (1 + 0.05 * p + 0.1 * rng.normal())));
      // New prescriptions are a share of all prescriptions: NRX < TRX.
      const values = {
        TRX: trx,
        NRX: Math.floor(trx * rng.range(0.2, 0.45)),
        SALES: round2(trx * price),
        POTENTIAL: Math.round(potential),
      };
      return METRIC_NAMES.map((metric) => ({ id: `${id}|${metric}|${period}`, entityId: id, metric, period, value: values[metric] }));
    });
  }

  users(): UserRow[] {
    const rng = Rng.for(this.seed, PHASE.user, 0);
    const person = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const user = (role: Role, n: number, extra: Partial<UserRow> = {}): UserRow => {
      const name = person();
      const id = `${this.idPrefix}user-${role.toLowerCase()}-${pad(n, 3)}`;
      return { id, name, email: `${id}@example.com`, role, covers: [], manages: [], baseLat: null, baseLon: null, ...extra };
    };
    const territories = this.territories();
    const reps: UserRow[] = [];
    // Each rep covers two neighbouring territories of one ring (one where a ring has an odd count),
    // with a home base in the middle of them.
    for (let t = 0, n = 1; t < territories.length; n++) {
      const m = this.metroOf(this.territoryStart, t);
      const grid = this.grids[m]!;
      const cell = t - this.territoryStart[m]!;
      const pair = (cell % grid.sectors) + 1 < grid.sectors;
      const covers = pair ? [territories[t]!.id, territories[t + 1]!.id] : [territories[t]!.id];
      const base = pointAt(this.metros[m]!, cellsCentre(grid, cell, cell + covers.length - 1));
      reps.push(user("REP", n, { covers, baseLat: round5(base.lat), baseLon: round5(base.lon) }));
      t += covers.length;
    }
    const regions = [...new Set(territories.map((t) => t.region))];
    const managers = regions.map((region, n) =>
      user("MANAGER", n + 1, { manages: territories.filter((t) => t.region === region).map((t) => t.id) }),
    );
    const count = (n: number) => Array.from({ length: n }, (_, k) => k + 1);
    return [
      ...reps,
      ...managers,
      ...count(Math.max(2, Math.round(this.scale.organizations / 100))).map((n) => user("KAM", n)),
      ...count(2).map((n) => user("STEWARD", n)),
      ...count(2).map((n) => user("ANALYST", n)),
      user("ADMIN", 1),
    ];
  }
}
