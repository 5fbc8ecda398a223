import type { ParkSeed } from './catalog-parks.js'
import { createLocalFrame, type Ring, rectangleRing } from './local-frame.js'

export interface DemoZone {
  kind: 'water_source' | 'residential' | 'ecological'
  name: string
  nameEn: string
  ring: Ring
}

/**
 * Sensitive zones around each park, laid out from the park alone (no random draws, so nothing else moves): housing
 * along its north edge, and east of every other park a drinking-water protection area, south of the rest an
 * ecological red line. Invented shapes in plausible places: demonstration data.
 */
export function generateZones(parks: readonly ParkSeed[]): DemoZone[] {
  return parks.flatMap((park, index) => {
    const frame = createLocalFrame(park.centre, park.rotationDeg)
    const [w, h] = park.sizeM
    const housing: DemoZone = {
      kind: 'residential',
      name: `${park.town}${park.code}北侧居住区`,
      nameEn: `Housing north of ${park.nameEn}`,
      ring: rectangleRing(frame, -w / 2, h / 2 + 60, w * 0.3, h / 2 + 560),
    }
    const second: DemoZone =
      index % 2 === 0
        ? {
            kind: 'water_source',
            name: `${park.town}饮用水水源二级保护区`,
            nameEn: `Drinking-water protection area east of ${park.nameEn}`,
            ring: rectangleRing(frame, w / 2 + 900, -h / 4, w / 2 + 2000, h / 2 + 300),
          }
        : {
            kind: 'ecological',
            name: `${park.town}生态保护红线`,
            nameEn: `Ecological red line south of ${park.nameEn}`,
            ring: rectangleRing(frame, -w / 2, -h / 2 - 1400, w / 2, -h / 2 - 500),
          }
    return [housing, second]
  })
}
