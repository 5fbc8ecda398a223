import type { ColumnType, Generated } from 'kysely'

/** Geometry is only ever read through ST_AsGeoJSON in SQL and written from SQL expressions. */
export type GeometryColumn = ColumnType<string, string, string>
export type NullableGeometryColumn = ColumnType<string | null, string | null | undefined, string | null>
export type Version = Generated<number>
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** numeric(…) comes back from pg as a string to keep its precision. */
export type Numeric = ColumnType<string | null, number | string | null | undefined, number | string | null>
