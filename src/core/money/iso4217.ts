/**
 * Active ISO 4217 currency codes and the number of digits after the decimal point (the "minor unit").
 * Kept as data rather than read from Intl because ICU builds differ between Node installs and browsers,
 * and a budget must mean the same thing everywhere it is read.
 */
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMALS = 'CLF UYW';
const TWO_DECIMALS =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF ' +
  'CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD ' +
  'HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT ' +
  'MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR ' +
  'SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU ' +
  'UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

function table(codes: string, digits: number): Array<[string, number]> {
  return codes.split(' ').map((code) => [code, digits]);
}

export const MINOR_UNIT_DIGITS: ReadonlyMap<string, number> = new Map([
  ...table(ZERO_DECIMALS, 0),
  ...table(TWO_DECIMALS, 2),
  ...table(THREE_DECIMALS, 3),
  ...table(FOUR_DECIMALS, 4),
]);
