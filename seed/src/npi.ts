/**
 * A valid-format NPI: 9 digits plus a Luhn check digit computed over the digits prefixed with
 * 80840, as CMS specifies. `body` is the 9-digit identifier (leading digit 1 or 2 for real NPIs).
 */
export function npiFromBody(body: number): string {
  const nine = String(body).padStart(9, "0");
  return nine + luhnCheckDigit(`80840${nine}`);
}

export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && luhnCheckDigit(`80840${npi.slice(0, 9)}`) === npi[9];
}
