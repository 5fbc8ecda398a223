/** What the readers say about a file they cannot read as it is: archives, GeoJSON, Shapefiles, tables, KML, DXF. */
import { message } from './message.js'

export const fileMessages = {
  too_large: message<{ mb: number }>(
    (p) => `the file is larger than ${p.mb} MB`,
    (p) => `文件超过 ${p.mb} MB`,
  ),
  too_many_features: message<{ n: number; max: number }>(
    (p) => `${p.n} features; at most ${p.max} per import`,
    (p) => `共 ${p.n} 个要素，每次最多导入 ${p.max} 个`,
  ),
  too_many_rows: message<{ n: number; max: number }>(
    (p) => `${p.n} rows; at most ${p.max} per import`,
    (p) => `共 ${p.n} 行，每次最多 ${p.max} 行`,
  ),
  not_json: message<{ reason: string }>(
    (p) => `not valid JSON: ${p.reason}`,
    (p) => `不是有效的 JSON：${p.reason}`,
  ),
  not_feature_collection: message(
    () => 'not a GeoJSON FeatureCollection',
    () => '不是 GeoJSON FeatureCollection',
  ),
  unknown_crs_name: message<{ name: string }>(
    (p) => `unknown coordinate system “${p.name}”; choose one (EPSG:4490, 4326, 4513–4554)`,
    (p) => `无法识别的坐标系“${p.name}”；请选择（EPSG:4490、4326、4513–4554）`,
  ),
  not_feature: message<{ row: number }>(
    (p) => `feature ${p.row}: not a GeoJSON Feature`,
    (p) => `第 ${p.row} 个要素：不是 GeoJSON Feature`,
  ),
  not_polygon: message<{ row: number; type: string }>(
    (p) => `feature ${p.row}: geometry is ${p.type}, a parcel needs a Polygon or MultiPolygon`,
    (p) => `第 ${p.row} 个要素：几何类型为 ${p.type}，地块须为面（Polygon 或 MultiPolygon）`,
  ),
  too_deep: message<{ row: number; max: number }>(
    (p) => `feature ${p.row}: coordinates nest deeper than ${p.max} levels`,
    (p) => `第 ${p.row} 个要素：坐标嵌套超过 ${p.max} 层`,
  ),
  not_finite: message<{ row: number; value: string }>(
    (p) => `feature ${p.row}: a coordinate is not a finite number (${p.value})`,
    (p) => `第 ${p.row} 个要素：坐标不是有限数值（${p.value}）`,
  ),
  no_rings: message<{ row: number }>(
    (p) => `feature ${p.row}: a polygon without rings`,
    (p) => `第 ${p.row} 个要素：面没有边界环`,
  ),
  short_ring: message<{ row: number }>(
    (p) => `feature ${p.row}: a ring has fewer than four points`,
    (p) => `第 ${p.row} 个要素：边界环少于四个点`,
  ),
  open_ring: message<{ row: number }>(
    (p) => `feature ${p.row}: a ring is not closed (its first and last points differ)`,
    (p) => `第 ${p.row} 个要素：边界环未闭合（首尾点不同）`,
  ),
  not_zip: message(
    () => 'not a zip archive',
    () => '不是 zip 压缩包',
  ),
  zip_unreadable: message<{ reason: string }>(
    (p) => `not a readable zip archive: ${p.reason}`,
    (p) => `压缩包无法读取：${p.reason}`,
  ),
  zip_slip: message<{ name: string }>(
    (p) => `the archive entry “${p.name}” points outside the archive`,
    (p) => `压缩包中的“${p.name}”指向包外路径，已拒绝`,
  ),
  zip_entries: message<{ max: number }>(
    (p) => `the archive has more than ${p.max} files`,
    (p) => `压缩包内文件超过 ${p.max} 个`,
  ),
  zip_nested: message<{ name: string }>(
    (p) => `the archive holds another archive (“${p.name}”); unpack it first`,
    (p) => `压缩包内还有压缩包（“${p.name}”），请先解压`,
  ),
  zip_damaged: message<{ name: string; reason: string }>(
    (p) => `the archive entry “${p.name}” is damaged: ${p.reason}`,
    (p) => `压缩包中的“${p.name}”已损坏：${p.reason}`,
  ),
  zip_entry_bomb: message<{ name: string; mb: number }>(
    (p) => `“${p.name}” inflates beyond ${p.mb} MB`,
    (p) => `“${p.name}”解压后超过 ${p.mb} MB`,
  ),
  zip_total_bomb: message<{ mb: number }>(
    (p) => `the archive inflates beyond ${p.mb} MB`,
    (p) => `压缩包解压后超过 ${p.mb} MB`,
  ),
  no_shp: message(
    () => 'no .shp file in the archive',
    () => '压缩包里没有 .shp 文件',
  ),
  many_shp: message<{ n: number; names: string }>(
    (p) => `${p.n} .shp files in the archive (${p.names}); import one at a time`,
    (p) => `压缩包里有 ${p.n} 个 .shp 文件（${p.names}），请逐个导入`,
  ),
  no_dbf: message<{ shp: string }>(
    (p) => `${p.shp} has no .dbf beside it: the attributes (parcel codes) are in it`,
    (p) => `${p.shp} 缺少同名 .dbf：属性（地块编号）在其中`,
  ),
  short_dbf: message(
    () => 'the .dbf is too short to be a dBASE table',
    () => '.dbf 文件过短，不是 dBASE 表',
  ),
  dbf_encoding: message(
    () =>
      "the .dbf's attribute text decodes neither as UTF-8 nor as GBK/GB18030; nothing read rather than stored garbled",
    () => '.dbf 的属性文字既不是 UTF-8 也不是 GBK/GB18030；为免乱码入库，未读取',
  ),
  shp_unreadable: message<{ reason: string }>(
    (p) => `the Shapefile cannot be read: ${p.reason}`,
    (p) => `Shapefile 无法读取：${p.reason}`,
  ),
  text_encoding: message<{ what: string }>(
    (p) => `the ${p.what} decodes neither as UTF-8 nor as GBK/GB18030; nothing read rather than stored garbled`,
    (p) => `${p.what} 的文字既不是 UTF-8 也不是 GBK/GB18030；为免乱码入库，未读取`,
  ),
  no_header: message(
    () => 'the table has no header row (a row naming at least two columns)',
    () => '表格没有表头行（至少有两列名称的一行）',
  ),
  duplicate_header: message<{ header: string }>(
    (p) => `two columns are both headed “${p.header}”; rename one`,
    (p) => `有两列都叫“${p.header}”，请改名其中一列`,
  ),
  not_workbook: message<{ reason: string }>(
    (p) => `not a readable Excel workbook: ${p.reason}`,
    (p) => `无法读取的 Excel 工作簿：${p.reason}`,
  ),
  empty_workbook: message(
    () => 'the workbook has no rows',
    () => '工作簿没有数据行',
  ),
  not_csv: message<{ reason: string }>(
    (p) => `not a readable CSV: ${p.reason}`,
    (p) => `无法读取的 CSV：${p.reason}`,
  ),
  not_coordinate: message<{ row: number; column: string; value: string }>(
    (p) => `row ${p.row}, column ${p.column}: “${p.value}” is not a coordinate`,
    (p) => `第 ${p.row} 行“${p.column}”列：“${p.value}”不是坐标`,
  ),
  point_without_code: message<{ row: number }>(
    (p) => `row ${p.row}: a boundary point without a parcel code (地块编号) and no parcel above it`,
    (p) => `第 ${p.row} 行：界址点没有地块编号，上方也没有所属地块`,
  ),
  short_outline: message<{ row: number }>(
    (p) => `row ${p.row}: an outline needs at least three distinct boundary points`,
    (p) => `第 ${p.row} 行：一个地块至少需要三个不同的界址点`,
  ),
  one_coordinate_column: message<{ column: string }>(
    (p) => `only one coordinate column (${p.column}) is mapped; map both x and y, or neither to join by parcel code`,
    (p) => `只对应了一个坐标列（${p.column}）；请同时对应 X 和 Y，或都不对应以按地块编号关联`,
  ),
  not_kml: message<{ reason: string }>(
    (p) => `not a KML document${p.reason ? `: ${p.reason}` : ' (its root element is not <kml>)'}`,
    (p) => `不是 KML 文档${p.reason ? `：${p.reason}` : '（根元素不是 <kml>）'}`,
  ),
  kml_unreadable: message<{ reason: string }>(
    (p) => `the KML cannot be read: ${p.reason}`,
    (p) => `KML 无法读取：${p.reason}`,
  ),
  no_kml_in_kmz: message(
    () => 'no .kml inside the KMZ',
    () => 'KMZ 里没有 .kml 文件',
  ),
  not_dxf: message<{ reason: string }>(
    (p) => `not a readable DXF drawing: ${p.reason}`,
    (p) => `无法读取的 DXF 图：${p.reason}`,
  ),
  no_layer: message<{ layer: string; layers: string }>(
    (p) => `no closed outline on layer “${p.layer}”; layers with outlines: ${p.layers}`,
    (p) => `图层“${p.layer}”上没有闭合线；有闭合线的图层：${p.layers}`,
  ),
  no_outlines: message(
    () => 'the drawing has no closed polylines (red lines are drawn as closed LWPOLYLINE or POLYLINE)',
    () => '图中没有闭合多段线（红线应画成闭合的 LWPOLYLINE 或 POLYLINE）',
  ),
}
