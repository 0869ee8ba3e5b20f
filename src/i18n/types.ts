/** The English file must have every key of the bokmål file, with a string for each. */
export type TextsOf<T> = { [K in keyof T]: string };
