import type { LandCategory } from '../projects/projects.table.js'

/**
 * The project land category a parcel's land use serves (国土空间调查、规划、用途管制用地用海分类 codes):
 * 工业 10 and 仓储 11 (工矿仓储, as land-supply statistics count them) are industrial; 商业服务业 09 is commerce;
 * 医疗卫生 0804 is health; farmland and other agricultural codes 01–06 are agriculture; the rest serve services.
 */
export function landCategoryOfUse(code: string): Exclude<LandCategory, 'none'> {
  if (code.startsWith('10') || code.startsWith('11')) return 'industrial'
  if (code.startsWith('0905')) return 'tourism'
  if (code.startsWith('09')) return 'commerce'
  if (code.startsWith('0804')) return 'health'
  if (/^0[1-6]/.test(code)) return 'agriculture'
  return 'services'
}
