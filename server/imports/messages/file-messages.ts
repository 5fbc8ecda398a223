/** What the readers say about a file they cannot read as it is: archives, GeoJSON, Shapefiles, tables, KML, DXF. */
import type { Message } from './message.js'

export const fileMessages = {
  too_large: {
    en: 'the file is larger than {{mb}} MB',
    zh: '文件超过 {{mb}} MB',
  },
  too_many_features: {
    en: '{{n}} features; at most {{max}} per import',
    zh: '共 {{n}} 个要素，每次最多导入 {{max}} 个',
  },
  too_many_rows: {
    en: '{{n}} rows; at most {{max}} per import',
    zh: '共 {{n}} 行，每次最多 {{max}} 行',
  },
  not_json: {
    en: 'not valid JSON: {{reason}}',
    zh: '不是有效的 JSON：{{reason}}',
  },
  not_feature_collection: {
    en: 'not a GeoJSON FeatureCollection',
    zh: '不是 GeoJSON FeatureCollection',
  },
  unknown_crs_name: {
    en: 'unknown coordinate system “{{name}}”; choose one (EPSG:4490, 4326, 4513–4554)',
    zh: '无法识别的坐标系“{{name}}”；请选择（EPSG:4490、4326、4513–4554）',
  },
  not_feature: {
    en: 'feature {{row}}: not a GeoJSON Feature',
    zh: '第 {{row}} 个要素：不是 GeoJSON Feature',
  },
  not_polygon: {
    en: 'feature {{row}}: geometry is {{type}}, a parcel needs a Polygon or MultiPolygon',
    zh: '第 {{row}} 个要素：几何类型为 {{type}}，地块须为面（Polygon 或 MultiPolygon）',
  },
  not_line_or_polygon: {
    en: 'feature {{row}}: geometry is {{type}}; a context layer takes lines and polygons',
    zh: '第 {{row}} 个要素：几何类型为 {{type}}；底图图层只接受线和面',
  },
  short_line: {
    en: 'feature {{row}}: a line has fewer than two points',
    zh: '第 {{row}} 个要素：线少于两个点',
  },
  too_deep: {
    en: 'feature {{row}}: coordinates nest deeper than {{max}} levels',
    zh: '第 {{row}} 个要素：坐标嵌套超过 {{max}} 层',
  },
  not_finite: {
    en: 'feature {{row}}: a coordinate is not a finite number ({{value}})',
    zh: '第 {{row}} 个要素：坐标不是有限数值（{{value}}）',
  },
  no_rings: {
    en: 'feature {{row}}: a polygon without rings',
    zh: '第 {{row}} 个要素：面没有边界环',
  },
  more_bad_features: {
    en: {
      one: '{{first}}; and {{count}} more feature cannot be read',
      other: '{{first}}; and {{count}} more features cannot be read',
    },
    zh: { one: '{{first}}；另有 {{count}} 个要素无法读取', other: '{{first}}；另有 {{count}} 个要素无法读取' },
  },
  short_ring: {
    en: 'feature {{row}}: a ring has fewer than four points',
    zh: '第 {{row}} 个要素：边界环少于四个点',
  },
  open_ring: {
    en: 'feature {{row}}: a ring is not closed (its first and last points differ)',
    zh: '第 {{row}} 个要素：边界环未闭合（首尾点不同）',
  },
  not_zip: {
    en: 'not a zip archive',
    zh: '不是 zip 压缩包',
  },
  zip_unreadable: {
    en: 'not a readable zip archive: {{reason}}',
    zh: '压缩包无法读取：{{reason}}',
  },
  zip_slip: {
    en: 'the archive entry “{{name}}” points outside the archive',
    zh: '压缩包中的“{{name}}”指向包外路径，已拒绝',
  },
  zip_entries: {
    en: 'the archive has more than {{max}} files',
    zh: '压缩包内文件超过 {{max}} 个',
  },
  zip_nested: {
    en: 'the archive holds another archive (“{{name}}”); unpack it first',
    zh: '压缩包内还有压缩包（“{{name}}”），请先解压',
  },
  zip_damaged: {
    en: 'the archive entry “{{name}}” is damaged: {{reason}}',
    zh: '压缩包中的“{{name}}”已损坏：{{reason}}',
  },
  zip_entry_bomb: {
    en: '“{{name}}” inflates beyond {{mb}} MB',
    zh: '“{{name}}”解压后超过 {{mb}} MB',
  },
  zip_total_bomb: {
    en: 'the archive inflates beyond {{mb}} MB',
    zh: '压缩包解压后超过 {{mb}} MB',
  },
  no_shp: {
    en: 'no .shp file in the archive',
    zh: '压缩包里没有 .shp 文件',
  },
  many_shp: {
    en: '{{n}} .shp files in the archive ({{names}}); import one at a time',
    zh: '压缩包里有 {{n}} 个 .shp 文件（{{names}}），请逐个导入',
  },
  no_dbf: {
    en: '{{shp}} has no .dbf beside it: the attributes (parcel codes) are in it',
    zh: '{{shp}} 缺少同名 .dbf：属性（地块编号）在其中',
  },
  short_dbf: {
    en: 'the .dbf is too short to be a dBASE table',
    zh: '.dbf 文件过短，不是 dBASE 表',
  },
  dbf_encoding: {
    en: "the .dbf's attribute text decodes neither as UTF-8 nor as GBK/GB18030; nothing read rather than stored garbled",
    zh: '.dbf 的属性文字既不是 UTF-8 也不是 GBK/GB18030；为免乱码入库，未读取',
  },
  shp_unreadable: {
    en: 'the Shapefile cannot be read: {{reason}}',
    zh: 'Shapefile 无法读取：{{reason}}',
  },
  text_encoding: {
    en: 'the {{what}} decodes neither as UTF-8 nor as GBK/GB18030; nothing read rather than stored garbled',
    zh: '{{what}} 的文字既不是 UTF-8 也不是 GBK/GB18030；为免乱码入库，未读取',
  },
  no_header: {
    en: 'the table has no header row (a row naming at least two columns)',
    zh: '表格没有表头行（至少有两列名称的一行）',
  },
  duplicate_header: {
    en: 'two columns are both headed “{{header}}”; rename one',
    zh: '有两列都叫“{{header}}”，请改名其中一列',
  },
  not_workbook: {
    en: 'not a readable Excel workbook: {{reason}}',
    zh: '无法读取的 Excel 工作簿：{{reason}}',
  },
  empty_workbook: {
    en: 'the workbook has no rows',
    zh: '工作簿没有数据行',
  },
  not_csv: {
    en: 'not a readable CSV: {{reason}}',
    zh: '无法读取的 CSV：{{reason}}',
  },
  not_coordinate: {
    en: 'row {{row}}, column {{column}}: “{{value}}” is not a coordinate',
    zh: '第 {{row}} 行“{{column}}”列：“{{value}}”不是坐标',
  },
  point_without_code: {
    en: 'row {{row}}: a boundary point without a parcel code (地块编号) and no parcel above it',
    zh: '第 {{row}} 行：界址点没有地块编号，上方也没有所属地块',
  },
  short_outline: {
    en: 'row {{row}}: an outline needs at least three distinct boundary points',
    zh: '第 {{row}} 行：一个地块至少需要三个不同的界址点',
  },
  one_coordinate_column: {
    en: 'only one coordinate column ({{column}}) is mapped; map both x and y, or neither to join by parcel code',
    zh: '只对应了一个坐标列（{{column}}）；请同时对应 X 和 Y，或都不对应以按地块编号关联',
  },
  not_kml: {
    en: 'not a KML document: {{reason}}',
    zh: '不是 KML 文档：{{reason}}',
  },
  not_kml_root: {
    en: 'not a KML document (its root element is not <kml>)',
    zh: '不是 KML 文档（根元素不是 <kml>）',
  },
  kml_unreadable: {
    en: 'the KML cannot be read: {{reason}}',
    zh: 'KML 无法读取：{{reason}}',
  },
  no_kml_in_kmz: {
    en: 'no .kml inside the KMZ',
    zh: 'KMZ 里没有 .kml 文件',
  },
  not_dxf: {
    en: 'not a readable DXF drawing: {{reason}}',
    zh: '无法读取的 DXF 图：{{reason}}',
  },
  no_layer: {
    en: 'no closed outline on layer “{{layer}}”; layers with outlines: {{layers}}',
    zh: '图层“{{layer}}”上没有闭合线；有闭合线的图层：{{layers}}',
  },
  no_outlines: {
    en: 'the drawing has no closed polylines (red lines are drawn as closed LWPOLYLINE or POLYLINE)',
    zh: '图中没有闭合多段线（红线应画成闭合的 LWPOLYLINE 或 POLYLINE）',
  },
} as const satisfies Record<string, Message>
