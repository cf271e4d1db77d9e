/**
 * A WHERE fragment written for TypeORM's query builders (`:name` parameters, as the access files'
 * scope functions return them) made positional for a raw query: each `:name` becomes `$n` through
 * `param`, which pushes the value and answers its placeholder.
 */
export function positional(sql: string, params: Readonly<Record<string, unknown>>, param: (value: unknown) => string): string {
  return sql.replace(/(?<!:):(\w+)/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) throw new Error(`No value for the parameter :${name} of ${sql}`)
    return param(params[name])
  })
}
