/** Reference tables the generator draws from: real US metro centres, specialty and credential mixes, names. */
import type { ACCOUNT_KINDS as ACCOUNT_KIND_NAMES, CREDENTIALS as CREDENTIAL_NAMES } from "@pharmagraph/api/model/vocabulary.ts";

type Credential = (typeof CREDENTIAL_NAMES)[number];
type AccountKind = (typeof ACCOUNT_KIND_NAMES)[number];


export interface Metro {
  city: string;
  state: string;
  /** First three digits of the metro's ZIP codes. */
  zip3: string;
  lat: number;
  lon: number;
  /** Metro population in millions: HCPs and accounts are spread in proportion. */
  population: number;
}

export const METROS: readonly Metro[] = [
  { city: "New York", state: "NY", zip3: "100", lat: 40.7128, lon: -74.006, population: 19.5 },
  { city: "Los Angeles", state: "CA", zip3: "900", lat: 34.0522, lon: -118.2437, population: 12.8 },
  { city: "Chicago", state: "IL", zip3: "606", lat: 41.8781, lon: -87.6298, population: 9.3 },
  { city: "Dallas", state: "TX", zip3: "752", lat: 32.7767, lon: -96.797, population: 7.9 },
  { city: "Houston", state: "TX", zip3: "770", lat: 29.7604, lon: -95.3698, population: 7.3 },
  { city: "Washington", state: "DC", zip3: "200", lat: 38.9072, lon: -77.0369, population: 6.3 },
  { city: "Philadelphia", state: "PA", zip3: "191", lat: 39.9526, lon: -75.1652, population: 6.2 },
  { city: "Miami", state: "FL", zip3: "331", lat: 25.7617, lon: -80.1918, population: 6.1 },
  { city: "Atlanta", state: "GA", zip3: "303", lat: 33.749, lon: -84.388, population: 6.2 },
  { city: "Boston", state: "MA", zip3: "021", lat: 42.3601, lon: -71.0589, population: 4.9 },
  { city: "Phoenix", state: "AZ", zip3: "850", lat: 33.4484, lon: -112.074, population: 5.0 },
  { city: "San Francisco", state: "CA", zip3: "941", lat: 37.7749, lon: -122.4194, population: 4.6 },
  { city: "Riverside", state: "CA", zip3: "925", lat: 33.9533, lon: -117.3962, population: 4.6 },
  { city: "Detroit", state: "MI", zip3: "482", lat: 42.3314, lon: -83.0458, population: 4.3 },
  { city: "Seattle", state: "WA", zip3: "981", lat: 47.6062, lon: -122.3321, population: 4.0 },
  { city: "Minneapolis", state: "MN", zip3: "554", lat: 44.9778, lon: -93.265, population: 3.7 },
  { city: "San Diego", state: "CA", zip3: "921", lat: 32.7157, lon: -117.1611, population: 3.3 },
  { city: "Tampa", state: "FL", zip3: "336", lat: 27.9506, lon: -82.4572, population: 3.3 },
  { city: "Denver", state: "CO", zip3: "802", lat: 39.7392, lon: -104.9903, population: 3.0 },
  { city: "Baltimore", state: "MD", zip3: "212", lat: 39.2904, lon: -76.6122, population: 2.8 },
  { city: "St. Louis", state: "MO", zip3: "631", lat: 38.627, lon: -90.1994, population: 2.8 },
  { city: "Orlando", state: "FL", zip3: "328", lat: 28.5383, lon: -81.3792, population: 2.7 },
  { city: "Charlotte", state: "NC", zip3: "282", lat: 35.2271, lon: -80.8431, population: 2.7 },
  { city: "San Antonio", state: "TX", zip3: "782", lat: 29.4241, lon: -98.4936, population: 2.6 },
  { city: "Portland", state: "OR", zip3: "972", lat: 45.5152, lon: -122.6784, population: 2.5 },
  { city: "Sacramento", state: "CA", zip3: "958", lat: 38.5816, lon: -121.4944, population: 2.4 },
  { city: "Pittsburgh", state: "PA", zip3: "152", lat: 40.4406, lon: -79.9959, population: 2.4 },
  { city: "Austin", state: "TX", zip3: "787", lat: 30.2672, lon: -97.7431, population: 2.4 },
  { city: "Las Vegas", state: "NV", zip3: "891", lat: 36.1699, lon: -115.1398, population: 2.3 },
  { city: "Cincinnati", state: "OH", zip3: "452", lat: 39.1031, lon: -84.512, population: 2.3 },
  { city: "Kansas City", state: "MO", zip3: "641", lat: 39.0997, lon: -94.5786, population: 2.2 },
  { city: "Columbus", state: "OH", zip3: "432", lat: 39.9612, lon: -82.9988, population: 2.1 },
  { city: "Indianapolis", state: "IN", zip3: "462", lat: 39.7684, lon: -86.1581, population: 2.1 },
  { city: "Cleveland", state: "OH", zip3: "441", lat: 41.4993, lon: -81.6944, population: 2.1 },
  { city: "Nashville", state: "TN", zip3: "372", lat: 36.1627, lon: -86.7816, population: 2.0 },
  { city: "San Jose", state: "CA", zip3: "951", lat: 37.3382, lon: -121.8863, population: 2.0 },
  { city: "Virginia Beach", state: "VA", zip3: "234", lat: 36.8529, lon: -75.978, population: 1.8 },
  { city: "Jacksonville", state: "FL", zip3: "322", lat: 30.3322, lon: -81.6557, population: 1.6 },
  { city: "Providence", state: "RI", zip3: "029", lat: 41.824, lon: -71.4128, population: 1.7 },
  { city: "Milwaukee", state: "WI", zip3: "532", lat: 43.0389, lon: -87.9065, population: 1.6 },
  { city: "Raleigh", state: "NC", zip3: "276", lat: 35.7796, lon: -78.6382, population: 1.4 },
  { city: "Oklahoma City", state: "OK", zip3: "731", lat: 35.4676, lon: -97.5164, population: 1.4 },
  { city: "Memphis", state: "TN", zip3: "381", lat: 35.1495, lon: -90.049, population: 1.3 },
  { city: "Louisville", state: "KY", zip3: "402", lat: 38.2527, lon: -85.7585, population: 1.3 },
  { city: "Salt Lake City", state: "UT", zip3: "841", lat: 40.7608, lon: -111.891, population: 1.3 },
  { city: "New Orleans", state: "LA", zip3: "701", lat: 29.9511, lon: -90.0715, population: 1.3 },
  { city: "Birmingham", state: "AL", zip3: "352", lat: 33.5186, lon: -86.8104, population: 1.1 },
  { city: "Buffalo", state: "NY", zip3: "142", lat: 42.8864, lon: -78.8784, population: 1.2 },
  { city: "Omaha", state: "NE", zip3: "681", lat: 41.2565, lon: -95.9345, population: 1.0 },
  { city: "Albuquerque", state: "NM", zip3: "871", lat: 35.0844, lon: -106.6504, population: 0.9 },
];

const REGION_OF_STATE: Record<string, string> = {
  NY: "Northeast", PA: "Northeast", MA: "Northeast", RI: "Northeast",
  IL: "Midwest", MI: "Midwest", MN: "Midwest", MO: "Midwest", OH: "Midwest", IN: "Midwest", WI: "Midwest", NE: "Midwest",
  TX: "South", DC: "South", FL: "South", GA: "South", MD: "South", NC: "South", TN: "South", VA: "South", OK: "South", KY: "South", LA: "South", AL: "South",
  CA: "West", AZ: "West", WA: "West", CO: "West", OR: "West", NV: "West", UT: "West", NM: "West",
};

export function regionOf(state: string): string {
  return REGION_OF_STATE[state] ?? "Other";
}

export interface Specialty {
  name: string;
  /** Share of prescribers (roughly the US physician mix). */
  share: number;
  /** Relative prescribing potential. */
  potential: number;
}

export const SPECIALTIES: readonly Specialty[] = [
  { name: "Internal Medicine", share: 0.15, potential: 1.0 },
  { name: "Family Medicine", share: 0.14, potential: 1.0 },
  { name: "Pediatrics", share: 0.07, potential: 0.5 },
  { name: "Emergency Medicine", share: 0.05, potential: 0.3 },
  { name: "Psychiatry", share: 0.05, potential: 1.1 },
  { name: "Obstetrics & Gynecology", share: 0.05, potential: 0.6 },
  { name: "Anesthesiology", share: 0.04, potential: 0.2 },
  { name: "Cardiology", share: 0.04, potential: 1.6 },
  { name: "Radiology", share: 0.03, potential: 0.1 },
  { name: "Oncology", share: 0.03, potential: 2.5 },
  { name: "Orthopedic Surgery", share: 0.03, potential: 0.4 },
  { name: "General Surgery", share: 0.03, potential: 0.3 },
  { name: "Neurology", share: 0.025, potential: 1.4 },
  { name: "Gastroenterology", share: 0.02, potential: 1.3 },
  { name: "Pulmonology", share: 0.02, potential: 1.3 },
  { name: "Ophthalmology", share: 0.02, potential: 0.5 },
  { name: "Endocrinology", share: 0.015, potential: 2.0 },
  { name: "Dermatology", share: 0.015, potential: 1.2 },
  { name: "Nephrology", share: 0.015, potential: 1.5 },
  { name: "Urology", share: 0.015, potential: 0.9 },
  { name: "Rheumatology", share: 0.01, potential: 2.2 },
  { name: "Hematology", share: 0.01, potential: 2.3 },
  { name: "Infectious Disease", share: 0.01, potential: 1.2 },
  { name: "Clinical Pharmacy", share: 0.05, potential: 0.4 },
];

/** Credentials with their shares; PharmDs practise Clinical Pharmacy, NPs and PAs mostly primary care. */
export const CREDENTIALS = [
  { name: "MD", share: 0.62 },
  { name: "DO", share: 0.1 },
  { name: "NP", share: 0.16 },
  { name: "PA", share: 0.07 },
  { name: "PharmD", share: 0.05 },
] as const satisfies readonly { name: Credential; share: number }[];

export const PRIMARY_CARE = ["Family Medicine", "Internal Medicine", "Pediatrics", "Psychiatry", "Emergency Medicine"] as const;

export const ACCOUNT_KINDS = [
  { name: "PRACTICE", share: 0.5, label: "Medical Practice" },
  { name: "CLINIC", share: 0.3, label: "Clinic" },
  { name: "HOSPITAL", share: 0.1, label: "Hospital" },
  { name: "PHARMACY", share: 0.1, label: "Pharmacy" },
] as const satisfies readonly { name: AccountKind; share: number; label: string }[];

export const FIRST_NAMES = [
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
  "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
  "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Sandra", "Anthony", "Ashley", "Mark", "Emily",
  "Steven", "Michelle", "Andrew", "Amanda", "Joshua", "Melissa", "Kevin", "Stephanie", "Brian", "Rebecca",
  "Priya", "Wei", "Ahmed", "Fatima", "Carlos", "Sofia", "Hiroshi", "Mei", "Raj", "Ana",
  "Olga", "Dmitri", "Kwame", "Amara", "Luis", "Elena", "Omar", "Leila", "Jin", "Grace",
  "Paul", "Laura", "Kenneth", "Kimberly", "George", "Deborah", "Timothy", "Dorothy", "Ronald", "Amy",
  "Jason", "Angela", "Edward", "Helen", "Jeffrey", "Anna", "Ryan", "Brenda", "Jacob", "Pamela",
  "Gary", "Nicole", "Nicholas", "Emma", "Eric", "Samantha", "Jonathan", "Katherine", "Stephen", "Christine",
  "Larry", "Rachel", "Justin", "Catherine", "Scott", "Carolyn", "Brandon", "Janet", "Benjamin", "Maria",
  "Samuel", "Heather", "Gregory", "Diane", "Alexander", "Julie", "Patrick", "Joyce", "Frank", "Victoria",
  "Raymond", "Olivia", "Jack", "Kelly", "Dennis", "Christina", "Jerry", "Lauren", "Tyler", "Joan",
  "Aaron", "Evelyn", "Jose", "Judith", "Adam", "Megan", "Nathan", "Andrea", "Henry", "Cheryl",
  "Arjun", "Anjali", "Vikram", "Deepa", "Sanjay", "Neha", "Hao", "Ying", "Minh", "Linh",
  "Javier", "Isabel", "Miguel", "Lucia", "Diego", "Camila", "Yusuf", "Aisha", "Hassan", "Noor",
  "Chinedu", "Ngozi", "Tomasz", "Katarzyna", "Sergei", "Natalia", "Kenji", "Yuki", "Min-jun", "Ji-woo",
];

export const LAST_NAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
  "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
  "Patel", "Shah", "Kim", "Chen", "Wang", "Singh", "Khan", "Cohen", "Murphy", "O'Brien",
  "Kowalski", "Novak", "Okafor", "Mensah", "Tanaka", "Sato", "Ivanov", "Rossi", "Müller", "Schmidt",
  "Fischer", "Weber", "Dubois", "Silva", "Costa", "Haddad", "Nakamura", "Gupta", "Reddy", "Iyer",
  "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
  "Stewart", "Morris", "Morales", "Rogers", "Reed", "Cook", "Morgan", "Bell", "Cooper", "Peterson",
  "Bailey", "Gutierrez", "Kelly", "Howard", "Ramos", "Cox", "Ward", "Richardson", "Watson", "Brooks",
  "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
  "Castillo", "Sanders", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry",
  "Russell", "Sullivan", "Butler", "Barnes", "Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan",
  "Reynolds", "Hamilton", "Graham", "Wallace", "Woods", "Cole", "West", "Owens", "Marshall", "Ellis",
  "Tran", "Le", "Pham", "Huang", "Liu", "Zhang", "Park", "Choi", "Yang", "Wu",
  "Desai", "Mehta", "Rao", "Joshi", "Ali", "Hussain", "Ahmed", "Rahman", "Friedman", "Goldberg",
  "Katz", "Levine", "Schwartz", "Becker", "Wagner", "Hoffman", "Romano", "Esposito", "Bianchi", "Santos",
  "Oliveira", "Pereira", "Adeyemi", "Owusu", "Abdi", "Yilmaz", "Petrov", "Kaur", "Malik", "Sheikh",
];

export const ACCOUNT_NAME_PARTS = {
  prefixes: ["St. Mary's", "Mercy", "Providence", "Riverside", "Lakeside", "Summit", "Valley", "Northside", "Good Samaritan", "Baptist", "Methodist", "Presbyterian", "Memorial", "Sacred Heart", "Hillcrest", "Parkview", "Oak Grove", "Cedar", "Unity", "Harbor"],
  org: ["Health", "Health System", "Healthcare", "Medical Group", "Care Network", "Health Partners"],
  network: ["Accountable Care Alliance", "Purchasing Cooperative", "Specialty Network", "Care Collaborative", "Physician Network"],
};
