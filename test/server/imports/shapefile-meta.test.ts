import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { english, render } from '../../../server/imports/import-messages.js'
import { chooseEncoding, declaredEncoding, decodeText, sridOfPrj } from '../../../server/imports/shapefile-meta.js'

const esri4549 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
const esri4528 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_40",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",40500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'

describe('a Shapefile’s side files', () => {
  it('names the EPSG code of the .prj as ArcGIS writes it', () => {
    expect(sridOfPrj(esri4549)).toBe(4549)
    expect(sridOfPrj(esri4528)).toBe(4528)
    expect(sridOfPrj('GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000"]]')).toBe(4490)
    expect(sridOfPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]')).toBe(4326)
    expect(sridOfPrj('PROJCS["x",GEOGCS["y"],AUTHORITY["EPSG","4550"]]')).toBe(4550)
    expect(sridOfPrj('PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980"]]')).toBeNull() // not CGCS2000: asked, not guessed
  })

  it('reads the declared encoding from the .cpg, else the DBF language driver', () => {
    const header = (ldid: number) => Object.assign(new Uint8Array(32), { 29: ldid })
    expect([
      declaredEncoding('UTF-8', header(0)),
      declaredEncoding('GBK\r\n', header(0)),
      declaredEncoding('936', header(0)),
      declaredEncoding(null, header(0x4d)),
      declaredEncoding(null, header(0)),
    ]).toEqual(['utf8', 'gbk', 'gbk', 'gbk', null])
  })

  it('verifies by decoding: GBK text under a .cpg saying UTF-8 is read as GBK and said so', () => {
    const gbk = iconv.encode('宗地号 滨海新区', 'gbk')
    const mismatch = chooseEncoding('utf8', gbk)
    expect(mismatch.encoding).toBe('gbk')
    expect(english(mismatch.note!)).toBe('the files say UTF-8, but the text is GBK; read as GBK')
    expect(render(mismatch.note!, 'zh')).toBe('文件声明为 UTF-8，实际文字是 GBK；已按 GBK 读取')
    expect(decodeText(gbk, 'gbk')).toBe('宗地号 滨海新区')
    expect(chooseEncoding(null, Buffer.from('宗地号', 'utf8'))).toEqual({ encoding: 'utf8', note: null })
    expect(chooseEncoding(null, gbk)).toEqual({ encoding: 'gbk', note: null })
    expect(() => chooseEncoding('utf8', new Uint8Array([0xff, 0xff, 0xff]))).toThrow('decodes neither')
  })
})
