import type { InferRequestType, InferResponseType } from 'hono/client'
import type { importsRoutes } from '../../../server/imports/imports.routes'
import { clientFor, readJson } from './client'

const api = clientFor<typeof importsRoutes>()

export type ImportRequestBody = InferRequestType<typeof api.imports.$post>['json']
export type ImportResult = InferResponseType<typeof api.imports.$post, 200>
export type ImportRowReport = ImportResult['report']['rows'][number]
export type MappableField = ImportResult['mapping']['fields'][string]
export type AreaUnit = ImportResult['mapping']['areaUnit']
export type ImportBatch = InferResponseType<typeof api.imports.$get, 200>['batches'][number]

export type ImportProfile = InferResponseType<typeof api.imports.profiles.$get, 200>['profiles'][number]
export type SaveImportProfile = InferRequestType<(typeof api.imports.profiles)[':name']['$put']>['json']

export const runImportRequest = (body: ImportRequestBody) => readJson<ImportResult>(api.imports.$post({ json: body }))
export const loadImportBatches = () => readJson<{ batches: ImportBatch[] }>(api.imports.$get())
export const undoImportBatch = (id: number) =>
  readJson<{ removed: number; restored: number }>(api.imports[':id'].undo.$post({ param: { id: String(id) } }))

export const loadImportProfiles = () => readJson<{ profiles: ImportProfile[] }>(api.imports.profiles.$get())
export const saveImportProfile = (name: string, body: SaveImportProfile) =>
  readJson<ImportProfile>(api.imports.profiles[':name'].$put({ param: { name }, json: body }))

/** A picked file as base64, the browser's own encoder doing the work (a data: URL without its prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('the file cannot be read'))
    reader.readAsDataURL(file)
  })
}
