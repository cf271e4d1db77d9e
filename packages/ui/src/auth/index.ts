export * from './adapter'
export * from './roles'
export * from './keycloak'
export * from './store'
