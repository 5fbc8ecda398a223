import { describe, expect, it } from 'vitest'
import { boardOf, linkedRecordOf, withBoard, withLinkedRecord } from '../../../web/src/routing/app-url'

const params = (search: string) => new URLSearchParams(search)

describe('the app URL: boards and the selected record as search params', () => {
  it('reads a board, a pipeline tab, and nothing for an unknown board', () => {
    expect(boardOf(params('board=chains'))).toEqual({ board: 'chains', tab: 'lists' })
    expect(boardOf(params('board=supply'))).toEqual({ board: 'pipeline', tab: 'supply' })
    expect(boardOf(params('board=pipeline'))).toEqual({ board: 'pipeline', tab: 'lists' })
    expect(boardOf(params('board=admin'))).toEqual({ board: null, tab: 'lists' })
  })

  it('opens and closes a board keeping the other params (filters, language)', () => {
    expect(withBoard(params('status=idle&lang=en'), 'sites').toString()).toBe('status=idle&lang=en&board=sites')
    expect(withBoard(params('board=sites&lang=en'), null).toString()).toBe('lang=en')
  })

  it('names one record at a time, a firm as firm=', () => {
    const one = withLinkedRecord(params('board=chains&parcel=7'), { kind: 'enterprise', id: 12 })
    expect(one.toString()).toBe('board=chains&firm=12')
    expect(linkedRecordOf(one)).toEqual({ kind: 'enterprise', id: 12 })
    expect(withLinkedRecord(one, null).toString()).toBe('board=chains')
  })

  it('ignores ids that are not plain positive integers in the database range', () => {
    for (const id of ['0', '-1', '1e3', '0x10', '+1', '2147483648', 'abc', ''])
      expect(linkedRecordOf(params(`parcel=${id}`))).toBeNull()
    expect(linkedRecordOf(params('project=2147483647'))).toEqual({ kind: 'project', id: 2147483647 })
  })
})
