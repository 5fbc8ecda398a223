/**
 * The units below the districts that the documents rank and credit (000 §1–§3): towns and streets (镇/街道) of two
 * districts, and 奉化区's responsible departments. Names are real; the towns' points are approximate (±2 km) and their
 * outlines are drawn from them for the demonstration (Voronoi cells inside the real district outline).
 */

export const demoCity = { code: 'nb', name: '宁波市', nameEn: 'Ningbo' }

export interface TownSeed {
  code: string
  name: string
  nameEn: string
  lonLat: [number, number]
}

const town = (district: string, key: string, name: string, nameEn: string, lonLat: [number, number]): TownSeed => ({
  code: `${district}-${key}`,
  name,
  nameEn,
  lonLat,
})

export const demoTowns: Record<string, readonly TownSeed[]> = {
  奉化区: [
    town('nb-fenghua', 'jinping', '锦屏街道', 'Jinping Subdistrict', [121.395, 29.655]),
    town('nb-fenghua', 'yuelin', '岳林街道', 'Yuelin Subdistrict', [121.44, 29.64]),
    town('nb-fenghua', 'jiangkou', '江口街道', 'Jiangkou Subdistrict', [121.43, 29.715]),
    town('nb-fenghua', 'xiwu', '西坞街道', 'Xiwu Subdistrict', [121.5, 29.685]),
    town('nb-fenghua', 'xiaowangmiao', '萧王庙街道', 'Xiaowangmiao Subdistrict', [121.34, 29.68]),
    town('nb-fenghua', 'shangtian', '尚田街道', 'Shangtian Subdistrict', [121.41, 29.575]),
    town('nb-fenghua', 'chunhu', '莼湖街道', 'Chunhu Subdistrict', [121.54, 29.59]),
    town('nb-fenghua', 'xikou', '溪口镇', 'Xikou Town', [121.23, 29.67]),
    town('nb-fenghua', 'qiucun', '裘村镇', 'Qiucun Town', [121.62, 29.6]),
    town('nb-fenghua', 'dayan', '大堰镇', 'Dayan Town', [121.19, 29.57]),
    town('nb-fenghua', 'songao', '松岙镇', 'Song’ao Town', [121.68, 29.575]),
  ],
  象山县: [
    town('nb-xiangshan', 'dandong', '丹东街道', 'Dandong Subdistrict', [121.885, 29.48]),
    town('nb-xiangshan', 'danxi', '丹西街道', 'Danxi Subdistrict', [121.845, 29.47]),
    town('nb-xiangshan', 'juexi', '爵溪街道', 'Juexi Subdistrict', [121.945, 29.465]),
    town('nb-xiangshan', 'xizhou', '西周镇', 'Xizhou Town', [121.72, 29.47]),
    town('nb-xiangshan', 'qiangtou', '墙头镇', 'Qiangtou Town', [121.79, 29.54]),
    town('nb-xiangshan', 'daxu', '大徐镇', 'Daxu Town', [121.79, 29.42]),
    town('nb-xiangshan', 'xinqiao', '新桥镇', 'Xinqiao Town', [121.76, 29.33]),
    town('nb-xiangshan', 'dingtang', '定塘镇', 'Dingtang Town', [121.84, 29.28]),
    town('nb-xiangshan', 'shipu', '石浦镇', 'Shipu Town', [121.94, 29.21]),
    town('nb-xiangshan', 'tuci', '涂茨镇', 'Tuci Town', [121.95, 29.54]),
  ],
}

export interface DepartmentSeed {
  key: string
  name: string
  nameEn: string
}

/**
 * 奉化区's departments that 000 names as responsible units for investment promotion (it speaks of 16 responsible
 * departments, "区委人才办等", without listing them; these are the 16 it names).
 */
export const fenghuaDepartments: readonly DepartmentSeed[] = [
  { key: 'tcj', name: '区投促局', nameEn: 'District Investment Promotion Bureau' },
  { key: 'rcb', name: '区委人才办', nameEn: 'District Talent Office' },
  { key: 'tzb', name: '区委统战部', nameEn: 'United Front Work Department' },
  { key: 'fgj', name: '区发改局', nameEn: 'Development and Reform Bureau' },
  { key: 'jxj', name: '区经信局', nameEn: 'Economy and Information Technology Bureau' },
  { key: 'kjj', name: '区科技局', nameEn: 'Science and Technology Bureau' },
  { key: 'swj', name: '区商务局', nameEn: 'Commerce Bureau' },
  { key: 'czj', name: '区财政局', nameEn: 'Finance Bureau' },
  { key: 'rsj', name: '区人力社保局', nameEn: 'Human Resources and Social Security Bureau' },
  { key: 'zrzy', name: '区自然资源和规划分局', nameEn: 'Natural Resources and Planning Branch' },
  { key: 'sthj', name: '区生态环境分局', nameEn: 'Ecology and Environment Branch' },
  { key: 'scjg', name: '区市场监管局', nameEn: 'Market Supervision Bureau' },
  { key: 'gsl', name: '区工商联', nameEn: 'Federation of Industry and Commerce' },
  { key: 'gzzx', name: '区国资管理中心', nameEn: 'State Assets Management Centre' },
  { key: 'jrzx', name: '区金融发展服务中心', nameEn: 'Financial Development Service Centre' },
  { key: 'fwy', name: '区服务业发展中心', nameEn: 'Services Development Centre' },
]
