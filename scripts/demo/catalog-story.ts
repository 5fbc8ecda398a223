/** The demo roadshow's words, scene by scene, in Chinese and English (issue 19). */
export const demoStoryTitles = {
  title_zh: '宁波·象山 临港装备投资推介',
  title_en: 'Ningbo · Xiangshan: invest in marine equipment',
}

export const demoStoryTexts = [
  {
    title_zh: '宁波：世界第一大港的城市',
    title_en: 'Ningbo: home of the world’s largest cargo port',
    caption_zh: '宁波舟山港货物吞吐量连续多年居全球第一。六个港区环绕全市，工业用地临港而设。',
    caption_en:
      'Ningbo-Zhoushan Port has led the world in cargo throughput for years. Six port areas ring the city, and industrial land lies close to them.',
    notes: '开场：先讲港口，再落到象山。',
    duration_s: 10,
  },
  {
    title_zh: '象山经济开发区临港装备产业园',
    title_en: 'Xiangshan Marine Equipment Industrial Park',
    caption_zh: '主导产业：风电装备、临港装备、海工装备。净地出让，标准地供地。',
    caption_en:
      'Lead industries: wind-power, port and offshore equipment. Land is handed over clear, as standard land.',
    notes: '',
    duration_s: 12,
  },
  {
    title_zh: '200亩以上连片地块，整体出让',
    title_en: 'A contiguous block of over 200 mu, sold whole',
    caption_zh: '连片净地可一次性整体出让，紧邻港区，适合整机与大部件制造。',
    caption_en: 'Contiguous clear land sold in one piece, next to the port: room for turbine assembly and large parts.',
    notes: '',
    duration_s: 12,
  },
  {
    title_zh: '风电装备产业链：补链招商',
    title_en: 'The wind-power chain: the links we are looking for',
    caption_zh: '链主企业已落地，上下游配套正在集聚；以下环节仍是缺口，欢迎投资。',
    caption_en:
      'The chain leader is here and suppliers are gathering; the segments below are still gaps, open to investors.',
    notes: '',
    duration_s: 12,
  },
  {
    title_zh: '政策：一个示例项目可享的奖励',
    title_en: 'Incentives for a sample project',
    caption_zh: '按现行政策测算，新引进外资制造业项目（总投资10亿元、实际到资外资3000万美元）。',
    caption_en:
      'Estimated under current policy for a new foreign-invested manufacturing project (CNY 1 bn total investment, USD 30 M foreign capital received).',
    notes: '',
    duration_s: 12,
  },
  {
    title_zh: '欢迎来象山投资',
    title_en: 'Welcome to Xiangshan',
    caption_zh: '园区招商团队为您提供选址、政策与审批全程服务。',
    caption_en:
      'The park’s investment team helps with sites, incentives and approvals, from first visit to production.',
    notes: '',
    duration_s: 10,
  },
] as const
