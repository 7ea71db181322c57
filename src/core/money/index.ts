export * from './currency';
export * from './amount';
export * from './exchange-rates';
export * from './convert';
