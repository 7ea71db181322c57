/**
 * Compiles only when `Value` is a valid input of `Schema`. The browser bundles cannot import the
 * resolvers' own answer schemas (their module reaches Forge storage), so each UI schema names the
 * server-side type it must accept and the build fails the day the two drift apart.
 * @example export type LinkedFits = Accepts<z.input<typeof Linked>, LinkedView>;
 */
export type Accepts<Schema, Value extends Schema> = Value;
