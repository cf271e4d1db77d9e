import { describe, expect, it } from 'vitest'
import { apiBaseUrl } from './api-base-url'

describe('apiBaseUrl', () => {
  it.each([
    [undefined, 'http://localhost:8080', 'http://localhost:3000'],
    ['', 'http://localhost:8080', 'http://localhost:8080'],
    ['/', 'https://portal.example', 'https://portal.example'],
    ['  ', 'https://portal.example', 'https://portal.example'],
    ['', undefined, ''],
    ['https://api.example/', 'https://portal.example', 'https://api.example'],
    ['http://localhost:3100', 'http://localhost:5273', 'http://localhost:3100'],
  ])('VITE_API_URL=%j on a page of %s → %j', (configured, origin, expected) => {
    expect(apiBaseUrl(configured, origin)).toBe(expected)
  })
})
