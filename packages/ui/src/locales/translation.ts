/** The messages of another language: the same keys as `T` (the Chinese messages), every text a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }

/** `true` only when the object type `T` has exactly the keys `K`: e.g. a text for every error code, and no other. */
export type SameKeys<T, K extends PropertyKey> = [Exclude<keyof T, K>, Exclude<K, keyof T>] extends [never, never] ? true : false
