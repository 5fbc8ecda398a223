/**
 * From this zoom on, parcel tiles hold outlines (a 50 m parcel is about 4 px at z13 in 宁波); below it, the per-park
 * overview, which keeps every tile small however much land there is. Pure, so the web's layers read it too.
 */
export const PARCEL_OUTLINE_MIN_ZOOM = 13
