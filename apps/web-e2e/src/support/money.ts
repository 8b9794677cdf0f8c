/**
 * Reads an amount as the page shows it ("$350,750.34", "-$5.00") back into cents, so a test can
 * check that a balance dropped by exactly a tranche. en-US and es-US write amounts alike.
 */
export function centsShown(text: string): bigint {
  const match = /(-)?\s*\$\s*([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`No dollar amount in "${text}"`);
  const [, minus, dollars = '0', cents = '00'] = match;
  const value = BigInt(dollars.replace(/,/g, '')) * 100n + BigInt(cents);
  return minus ? -value : value;
}
