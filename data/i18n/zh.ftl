# Simplified Chinese interface messages. Every message here must exist in every language file.
language-name = 中文
language-name-english = Chinese
app-title = 卡尔图济的伙伴城市
view-cities = 城市
view-timeline = 时间线
view-map = 地图
zoom-region = 欧洲
zoom-world = 世界
pane-cities = 城市
pane-detail = 详情
pane-events = 大事记
pane-event = 事件
pane-chart = 伙伴城市交往历程
pane-help = 帮助
overview-entry = 卡尔图济（概览）
too-small = 请放大窗口
too-small-hint = 至少需要{ $width }×{ $height }个字符格

label-separator = {"："}
label-native-name = 当地名称
label-country = 国家
label-region = 地区
label-areas = 合作领域
label-story = 交往历程
label-people = 人物
label-organisations = 协会
label-photos = 卡尔图济官网文章中的照片
label-related = 相关文章
label-events = 大事记
label-partner = 伙伴城市
label-date = 日期
label-anniversaries = { $year }年逢五逢十的周年纪念

label-distance = 距卡尔图济
distance = { $km }公里（{ $direction }）
map-km = { $km }公里
map-legend-title = 与卡尔图济的距离
direction-n = 北
direction-ne = 东北
direction-e = 东
direction-se = 东南
direction-s = 南
direction-sw = 西南
direction-w = 西
direction-nw = 西北


years = { $count }年
ago = { $date }（{ $count }年前）
this-year = { $date }（今年）
last-year = { $date }（去年）
partner-count = { $count }个伙伴城市
anniversary-line = { $date }：{ $title }，满{ $count }周年
no-anniversaries = { $year }年没有逢五逢十的周年纪念。

timeline-only = 仅显示{ $partner }
tour-hint = 触摸屏幕或按任意键开始
idle-warning-title = 您还在吗？
idle-warning = { $seconds }秒后，屏幕将回到起始页，供下一位访客使用。如需继续浏览，请触摸屏幕或按任意键。
timeline-empty = 没有可显示的事件。
filter-prompt = 搜索
filter-empty = 没有与“{ $query }”匹配的内容。

help-scope-global = 通用
help-scope-browse = 浏览
help-scope-list = 列表
help-scope-cities-list = 城市列表
help-scope-timeline = 时间线
help-scope-timeline-list = 事件列表
help-scope-map = 地图
help-scope-detail = 详情栏
help-scope-filter = 搜索
help-scope-help = 帮助窗口
pane-language = 语言
help-scope-picker = 选择语言
action-choose = 选择
action-close = 关闭
notice-script = 此终端无法显示{ $language }文字，改用英文显示。
help-mouse = 鼠标：单击选择一行或一个标签，滚轮用于滚动。
help-credit-map = 地图：海岸线和国界数据来自Natural Earth（naturalearthdata.com），属于公有领域。

action-quit = 退出
action-down = 向下
action-up = 向上
action-page-down = 下一页
action-page-up = 上一页
action-first = 到开头
action-last = 到末尾
action-focus-detail = 阅读详情
action-focus-list = 返回列表
action-next-view = 下一个视图
action-prev-view = 上一个视图
action-view-cities = 城市视图
action-view-timeline = 时间线
action-view-map = 地图
action-zoom-in = 放大
action-zoom-out = 缩小
action-filter = 搜索
action-filter-type = 输入要查找的文字
action-filter-backspace = 删除一个字符
action-filter-keep = 保留筛选
action-filter-clear = 清除筛选
action-language = 语言
action-help = 帮助
action-close-help = 关闭帮助
action-partner-only = 仅看此城市
action-open-partner = 查看城市

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
month-of-1 = 1月
month-of-2 = 2月
month-of-3 = 3月
month-of-4 = 4月
month-of-5 = 5月
month-of-6 = 6月
month-of-7 = 7月
month-of-8 = 8月
month-of-9 = 9月
month-of-10 = 10月
month-of-11 = 11月
month-of-12 = 12月
date-day = { $year }年{ $m }月{ $day }日
date-month = { $year }年{ $m }月
date-year = { $year }年

# The overview lists the first towns and events; the rest are in the list.
more-in-list = ……列表中还有{ $count }项

# 关系如何开始，以及签署或决定了什么。
name-with-latin = { $name }（{ $latin }）
label-partners-since = 最早的伙伴关系
partners-since = { $year }年（{ $name }）
began-contacts = 开始接触
began-cooperation = 开始合作
began-contacts-since = { $year }年开始接触
began-cooperation-since = { $year }年开始合作
step-partnership = 友好城市关系
step-partnership-name = 友好城市关系
step-partnership-agreement = 友好城市协议
step-partnership-agreement-name = 友好城市协议
step-cooperation-agreement = 合作协议
step-cooperation-agreement-name = 合作协议
step-letter-of-intent = 意向书
step-letter-of-intent-name = 意向书
step-council-consent = 卡尔图济市议会同意由市长签署合作协议
step-council-consent-name = 卡尔图济市议会同意由市长签署合作协议
step-on-date = { $step }（{ $date }）
partner-line = { $name }（{ $country }）：{ $relation }

# 一行中各部分的连接方式。
region-and-country = { $country }{ $region }
country-and-code = { $country }（{ $code }）
town-and-country = { $name }（{ $country }）
title-and-town = { $title }（{ $town }）
person-and-role = { $name }：{ $role }
event-with-date = { $date }：{ $title }
event-with-partner = { $date }：{ $title }（伙伴城市：{ $partner }）
steps-separator = {"；"}

# Words a line may not end with. None in Chinese: lines do not break at spaces, and the
# line breaker already keeps closing punctuation off the start of a line (避头尾).
no-break-after = {""}

# 窗格标题及其显示内容（“地图（欧洲）”）；信息中列举各项的分隔符。
pane-title-detail = { $title }（{ $detail }）
list-separator = {"、"}

# 语音：供看不见屏幕的访客使用。只朗读，不显示（操作名称显示在帮助中）。欢迎语说明选择本语言的按键。
action-speech = 开启或关闭语音
action-speech-repeat = 重新朗读
action-speech-stop = 停止朗读
action-louder = 提高音量
action-quieter = 降低音量
hint-swipe = 上下滑动查看全文
action-contrast = 高对比度
action-text-size = 大字模式
speech-welcome = 中文：请按{ $key }。
speech-keys = 按方向键浏览列表，按回车键朗读详情，按R键重新朗读，按S键停止朗读，按空格键关闭语音。
speech-off = 语音已关闭。
speech-contrast-on = 高对比度已开启。
speech-contrast-off = 高对比度已关闭。
speech-search = 搜索：{ $text }。{ $count ->
    [0] 没有匹配结果。
   *[other] 共{ $count }个结果。
}
speech-map-town = { $name }：{ $distance }
speech-volume = 音量百分之{ $percent }。
distance-spoken = 向{ $direction }{ $km }公里
key-down = 下方向键
key-up = 上方向键
key-left = 左方向键
key-right = 右方向键
key-page-down = 下翻页键
key-page-up = 上翻页键
key-home = 起始键
key-end = 结尾键
key-tab = 制表键
key-back-tab = 上档键加制表键
key-enter = 回车键
key-esc = 退出键
key-backspace = 退格键
key-space = 空格键
key-question-mark = 问号键
key-slash = 斜杠键
key-plus = 加号键
key-minus = 减号键
key-equals = 等号键
key-volume-up = 音量加键
key-volume-down = 音量减键
key-ctrl = 控制键加{ $key }
