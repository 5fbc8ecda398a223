/** What the engine says about coordinates, columns and rows, and what reading noticed and handled (notes). */
import type { Message } from './message.js'

export const reportMessages = {
  // How many of a sample: "all 3" or "2 of 3".
  all_of: {
    en: 'all {{total}}',
    zh: '全部 {{total}} 个',
  },
  some_of: {
    en: '{{n}} of {{total}}',
    zh: '{{total}} 个中的 {{n}} 个',
  },
  // Coordinates against the declared CRS.
  crs_not_finite: {
    en: {
      one: '{{count}} coordinate is not a finite number (NaN or Infinity)',
      other: '{{count}} coordinates are not finite numbers (NaN or Infinity)',
    },
    zh: '{{count}} 个坐标不是有限数值（NaN 或 Infinity）',
  },
  crs_swapped: {
    en: '{{which}} points read right only with X and Y swapped (northing given first, or latitude before longitude)',
    zh: '{{which}}点须交换 X、Y 才合理（北坐标在前，或纬度在前）',
  },
  crs_unknown: {
    en: 'coordinates such as ({{x}}, {{y}}) are neither degrees in China nor CGCS2000 Gauss-Krüger metres',
    zh: '坐标（{{x}}, {{y}}）既不是中国境内的经纬度，也不是 CGCS2000 高斯-克吕格米制坐标',
  },
  crs_outside_china: {
    en: '{{which}} points lie outside China',
    zh: '{{which}}点在中国境外',
  },
  crs_degrees_declared_projected: {
    en: 'the coordinates look like degrees (e.g. {{x}}, {{y}}), but EPSG:{{declared}} was declared; probably EPSG:4490 (CGCS2000) or 4326',
    zh: '坐标像经纬度（如 {{x}}, {{y}}），却声明为 EPSG:{{declared}}；可能是 EPSG:4490（CGCS2000）或 4326',
  },
  crs_prefixed_undeclared: {
    en: 'the coordinates are Gauss-Krüger metres with the zone number in X, zone {{zone}} (central meridian {{meridian}}°E); looks like EPSG:{{suggested}}',
    zh: '坐标是 X 带带号的高斯-克吕格米制坐标，第 {{zone}} 带（中央经线 {{meridian}}°E）；看来是 EPSG:{{suggested}}',
  },
  crs_prefixed_declared_degrees: {
    en: 'the coordinates are Gauss-Krüger metres with the zone number in X, zone {{zone}} (central meridian {{meridian}}°E), not degrees as EPSG:{{declared}} says; looks like EPSG:{{suggested}}',
    zh: '坐标是 X 带带号的高斯-克吕格米制坐标，第 {{zone}} 带（中央经线 {{meridian}}°E），不是 EPSG:{{declared}} 所说的经纬度；看来是 EPSG:{{suggested}}',
  },
  crs_prefix_not_expected: {
    en: 'X carries the zone prefix {{zone}} but EPSG:{{declared}} has none; looks like EPSG:{{suggested}}',
    zh: 'X 带有带号 {{zone}}，而 EPSG:{{declared}} 不带带号；看来是 EPSG:{{suggested}}',
  },
  crs_prefix_other_zone: {
    en: 'X says zone {{zone}} (central meridian {{meridian}}°E) but EPSG:{{declared}} is zone {{declaredZone}}; looks like EPSG:{{suggested}}',
    zh: 'X 表明是第 {{zone}} 带（中央经线 {{meridian}}°E），而 EPSG:{{declared}} 是第 {{declaredZone}} 带；看来是 EPSG:{{suggested}}',
  },
  crs_outside_prefixed_zone: {
    en: '{{which}} points lie outside zone {{zone}} (central meridian {{meridian}}°E)',
    zh: '{{which}}点在第 {{zone}} 带（中央经线 {{meridian}}°E）之外',
  },
  crs_metres_undeclared: {
    en: 'the coordinates look like metres (e.g. {{x}}, {{y}}) but no coordinate system was given; looks like EPSG:4534–4554, here probably EPSG:{{suggested}} (central meridian {{meridian}}°E)',
    zh: '坐标像米制坐标（如 {{x}}, {{y}}），但没有给出坐标系；应为 EPSG:4534–4554 之一，此处很可能是 EPSG:{{suggested}}（中央经线 {{meridian}}°E）',
  },
  crs_metres_declared_degrees: {
    en: 'the coordinates look like metres (e.g. {{x}}, {{y}}) but EPSG:{{declared}} says degrees; looks like EPSG:4534–4554, here probably EPSG:{{suggested}} (central meridian {{meridian}}°E)',
    zh: '坐标像米制坐标（如 {{x}}, {{y}}），但EPSG:{{declared}} 是经纬度；应为 EPSG:4534–4554 之一，此处很可能是 EPSG:{{suggested}}（中央经线 {{meridian}}°E）',
  },
  crs_prefix_missing: {
    en: 'EPSG:{{declared}} expects the zone number in X (x ≈ {{zone}} 500 000), but X has none; looks like EPSG:{{suggested}}',
    zh: 'EPSG:{{declared}} 要求 X 带带号（x ≈ {{zone}} 500 000），但 X 没有带号；看来是 EPSG:{{suggested}}',
  },
  crs_far_from_meridian: {
    en: '{{which}} points lie more than {{km}} km from the central meridian of EPSG:{{declared}}',
    zh: '{{which}}点距 EPSG:{{declared}} 的中央经线超过 {{km}} 公里',
  },
  crs_missing: {
    en: 'no coordinate system in the file; choose one (EPSG:4490, 4326, 4513–4554)',
    zh: '文件没有坐标系，请选择（EPSG:4490、4326、4513–4554）',
  },
  crs_missing_degrees: {
    en: 'no coordinate system in the file; choose one (EPSG:4490, 4326, 4513–4554); the coordinates look like longitude/latitude: EPSG:4490 (CGCS2000) or 4326, and say 高德/百度 if they come from those maps',
    zh: '文件没有坐标系，请选择（EPSG:4490、4326、4513–4554）；坐标看来是经纬度：EPSG:4490（CGCS2000）或 4326，来自高德/百度地图的请选择对应坐标来源',
  },
  crs_shifted_needs_degrees: {
    en: 'shifted: GCJ-02/BD-09 coordinates are longitude and latitude; choose EPSG:4326',
    zh: '高德/百度（GCJ-02/BD-09）坐标是经纬度，请选择 EPSG:4326',
  },
  in_file: {
    en: '{{file}}: {{what}}',
    zh: '{{file}}：{{what}}',
  },
  mapping_unknown_column: {
    en: 'mapping: the file has no column “{{column}}”',
    zh: '字段对应：文件中没有“{{column}}”列',
  },
  row_refused: {
    en: 'row {{row}}: {{reason}}',
    zh: '第 {{row}} 行：{{reason}}',
  },
  // Values in a row.
  value_not_number: {
    en: '“{{value}}” is not a number ≥ 0',
    zh: '“{{value}}”不是 ≥ 0 的数',
  },
  value_not_yes_no: {
    en: '“{{value}}” is neither yes (是) nor no (否)',
    zh: '“{{value}}”应为“是”或“否”',
  },
  value_not_area: {
    en: '“{{value}}” is not an area (a number, with 亩, ㎡ or 公顷 if the cell says its unit)',
    zh: '“{{value}}”不是面积（数字，单元格内可带亩、㎡或公顷）',
  },
  value_not_price: {
    en: '“{{value}}” is not a price (万元/亩, or 元/亩 or 元/㎡ written in the cell)',
    zh: '“{{value}}”不是价格（万元/亩；单元格内可注明元/亩或元/㎡）',
  },
  value_not_bounds: {
    en: '“{{value}}” is not a value or a range (2.0, 1.2-2.0, ≤2.0, ≥1.0)',
    zh: '“{{value}}”不是数值或范围（如 2.0、1.2-2.0、≤2.0、≥1.0）',
  },
  value_lower_bound_only: {
    en: '“{{value}}” is a lower bound; this field keeps an upper bound only',
    zh: '“{{value}}”是下限；此字段只记录上限',
  },
  value_not_date: {
    en: '“{{value}}” is not a date (2026-03-01, 2026.3, 2026年3月)',
    zh: '“{{value}}”不是日期（如 2026-03-01、2026.3、2026年3月）',
  },
  value_unknown_status: {
    en: '“{{value}}” is not a known status (可供, 储备, 意向, 已供, 在建, 已建, 闲置)',
    zh: '“{{value}}”不是已知状态（可供、储备、意向、已供、在建、已建、闲置）',
  },
  value_out_of_range: {
    en: '“{{value}}” is outside {{min}}–{{max}} (whole numbers only where the field counts years)',
    zh: '“{{value}}”超出 {{min}}–{{max}} 的范围（年限须为整数）',
  },
  value_too_long: {
    en: '{{length}} characters; at most {{max}}',
    zh: '共 {{length}} 个字符，最多 {{max}} 个',
  },
  value_idle_status: {
    en: '“{{value}}”: an idle parcel needs its idle category, which a file cannot set; import it with another status and mark it idle in its panel',
    zh: '“{{value}}”：闲置地块须注明闲置类别，文件无法设置；请以其他状态导入，再在地块面板中标为闲置',
  },
  outline_too_small: {
    en: 'the outline measures {{m2}} m², below the {{min}} m² any parcel has: a point, a line or a drawing error',
    zh: '图形面积 {{m2}} ㎡，小于地块最小面积 {{min}} ㎡：可能是点、线或绘图错误',
  },
  outline_too_many_vertices: {
    en: 'the outline has {{n}} vertices; at most {{max}} (simplify it in the GIS first)',
    zh: '图形有 {{n}} 个顶点，最多 {{max}} 个（请先在 GIS 中简化）',
  },
  value_no_code: {
    en: 'no parcel code: every parcel needs one (地块编号)',
    zh: '没有地块编号：每个地块都须有编号',
  },
  in_column: {
    en: '{{column}}: {{what}}',
    zh: '{{column}}：{{what}}',
  },
  // The row's outline and its place among the others.
  outline_missing: {
    en: 'no outline: the row has no coordinates and no parcel {{code}} is stored to join it to',
    zh: '没有图形：此行无坐标，库中也没有地块 {{code}} 可关联',
  },
  point_unknown_code: {
    en: 'no parcel {{code}} is stored: a location point joins a stored parcel; row left out',
    zh: '库中没有地块 {{code}}：位置点只能关联已有地块；此行不导入',
  },
  point_unknown_code_blocking: {
    en: 'no parcel {{code}} is stored: a location point joins a stored parcel (all or nothing was asked)',
    zh: '库中没有地块 {{code}}：位置点只能关联已有地块（已要求全部导入或全不导入）',
  },
  point_far: {
    en: 'the location point lies {{m}} m from the parcel’s outline, more than the {{max}} m allowed: check the code or the coordinates',
    zh: '位置点距地块边界 {{m}} 米，超过允许的 {{max}} 米：请核对编号或坐标',
  },
  outline_empty: {
    en: 'the outline has no area (empty after repair)',
    zh: '图形没有面积（修复后为空）',
  },
  outline_invalid: {
    en: 'invalid outline: {{reason}} at {{at}}; repaired it measures {{mu}} mu{{change}}; import with repair to fix it',
    zh: '图形无效：{{reason}}，位于 {{at}}；修复后面积 {{mu}} 亩{{change}}；勾选修复后可导入',
  },
  outline_repaired: {
    en: 'invalid outline: {{reason}} at {{at}}; repaired it measures {{mu}} mu{{change}} (repaired with ST_MakeValid)',
    zh: '图形无效：{{reason}}，位于 {{at}}；修复后面积 {{mu}} 亩{{change}}（已用 ST_MakeValid 修复）',
  },
  outline_change: {
    en: ' ({{percent}}% on the drawn outline)',
    zh: '（较原图 {{percent}}%）',
  },
  duplicate_code: {
    en: 'code {{code}} is also on row {{first}}',
    zh: '编号 {{code}} 与第 {{first}} 行重复',
  },
  no_land_use: {
    en: 'no land use (用地性质): imported unpublished; set it before publishing',
    zh: '未填用地性质：以未发布状态导入，发布前须补填',
  },
  area_mismatch: {
    en: 'declared {{declared}} mu, the outline measures {{measured}} mu ({{percent}}%)',
    zh: '申报 {{declared}} 亩，图形实测 {{measured}} 亩（{{percent}}%）',
  },
  outside_districts: {
    en: 'outside every district',
    zh: '不在任何区县范围内',
  },
  // What reading noticed and handled.
  note_encoding_mismatch: {
    en: 'the files say {{declared}}, but the text is {{actual}}; read as {{actual}}',
    zh: '文件声明为 {{declared}}，实际文字是 {{actual}}；已按 {{actual}} 读取',
  },
  note_prj_unknown: {
    en: 'the .prj names a coordinate system other than CGCS2000/WGS84; choose one',
    zh: '.prj 中的坐标系不是 CGCS2000/WGS84，请选择坐标系',
  },
  note_csv_gbk: {
    en: 'the CSV is GBK-encoded (as Chinese Excel saves it); read as GBK',
    zh: 'CSV 为 GBK 编码（中文 Excel 的默认保存方式），已按 GBK 读取',
  },
  note_sheets: {
    en: 'the workbook has {{n}} sheets; “{{sheet}}” was read',
    zh: '工作簿有 {{n}} 个工作表，已读取“{{sheet}}”',
  },
  note_surveyors_order: {
    en: 'column {{x}} holds northings (or latitudes) and {{y}} eastings (or longitudes), as surveyors write them; read that way',
    zh: '“{{x}}”列是北坐标（或纬度），“{{y}}”列是东坐标（或经度），即测量习惯的 X、Y；已按此读取',
  },
  note_point_list: {
    en: {
      one: 'one coordinate pair per parcel code: a list of location points ({{count}} parcel), joined by code to the parcels stored; outlines stay as they are',
      other:
        'one coordinate pair per parcel code: a list of location points ({{count}} parcels), joined by code to the parcels stored; outlines stay as they are',
    },
    zh: '每个地块编号一对坐标：为位置点清单（{{count}} 个地块），按编号关联库中地块，图形不变',
  },
  note_placemarks_skipped: {
    en: {
      one: '{{count}} placemark is a pin or an open line, not land; skipped',
      other: '{{count}} placemarks are pins or open lines, not land; skipped',
    },
    zh: '{{count}} 个标注是点或未闭合的线，不是地块，已跳过',
  },
  note_dxf_layers: {
    en: 'closed outlines on {{n}} layers ({{layers}}); all read — choose a layer to read one',
    zh: '闭合线分布在 {{n}} 个图层（{{layers}}），已全部读取；可指定只读一个图层',
  },
  note_dxf_open: {
    en: {
      one: '{{count}} open polyline is not an outline; skipped',
      other: '{{count}} open polylines are not outlines; skipped',
    },
    zh: '{{count}} 条未闭合的多段线不是地块边界，已跳过',
  },
} as const satisfies Record<string, Message>
