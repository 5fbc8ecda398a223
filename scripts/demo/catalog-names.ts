/** Word lists for invented but believable company and project names; every name ends up marked as demo data. */
export const companyPlaces = [
  '甬',
  '象港',
  '东海',
  '海曙',
  '明州',
  '四明',
  '浙东',
  '三门湾',
  '港城',
  '镇海湾',
  '天一',
  '北仑',
  '奉川',
  '杭湾',
]
export const companyWords: Record<string, string[]> = {
  wind_port: ['重工', '风能', '海工', '锻造', '精密齿轮', '起重机械', '复材', '电力装备'],
  nev_parts: ['新能源', '动力', '汽车电子', '电驱', '精密压铸', '储能科技', '智能网联', '车用材料'],
  new_materials: ['新材料', '石墨烯', '功能材料', '高分子', '化工', '储能材料', '纳米科技', '海洋材料'],
}
export const companySuffixes = ['有限公司', '股份有限公司', '科技有限公司']
export const investorOrigins = [
  '上海',
  '深圳',
  '杭州',
  '江苏',
  '北京',
  '广东',
  '德国',
  '日本',
  '韩国',
  '新加坡',
  '中国香港',
  '中国台湾',
  '美国',
]
export const projectProducts: Record<string, string[]> = {
  wind_port: ['海上风电主轴承', '风机叶片', '风电塔筒', '大型铸锻件', '港口起重机', '风电运维母港'],
  nev_parts: ['动力电池模组', '驱动电机', '一体化压铸件', '车规级芯片封测', '充换电设备', '热管理系统'],
  new_materials: ['石墨烯导热膜', '海工防腐涂料', '高性能纤维', '储能电池正极材料', '特种工程塑料', '电子化学品'],
}
