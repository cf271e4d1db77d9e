/** The messages of another language: the same keys as `T` (the Chinese messages), every text a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }
