/**
 * Chinese, Japanese and Korean scrapes: the same story with the cruft each
 * language's news sites put around it (share bars of WeChat and Weibo, `记者
 * 王明`, `関連記事`, `홍길동 기자`, `返回顶部`). Every article line must stay,
 * every line listed as noise must go. Known misses are listed, not asserted:
 * a lone network name (`QQ空间`, `はてなブックマーク`) may be a heading, and a
 * dateline with its source (`2024-05-12 08:30 来源：新华网`) is kept, as in
 * English.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'

/** A fixture's lines. */
function fixture(name: string): string {
  return readFileSync(new URL('fixtures/cjk/' + name, import.meta.url), 'utf8')
}

const cases: ReadonlyArray<{name: string; article: readonly string[]; noise: readonly string[]}> = [
  {
    name: 'zh.txt',
    article: [
      '市政府宣布新大桥将于五月通车',
      '经过两年的施工，横跨长江的新大桥将于五月正式通车。市政府在周五的新闻发布会上表示，大桥全长三点二公里，设计时速八十公里。',
      '市长表示，大桥通车后，两岸居民的通勤时间将从一个小时缩短到十五分钟左右。他说，这是本市交通建设的一个重要里程碑。',
      '据了解，大桥总投资约四十亿元，由本地三家企业联合承建。施工期间，工人们克服了汛期和高温等诸多困难。'
    ],
    noise: [
      '首页 > 新闻 > 国内', '分享到：', '微信', '微博', '记者 王明', '责任编辑：李华', '扫一扫，关注我们', '相关阅读',
      '长江大桥夜景美不胜收', '本市地铁三号线年底开通', '版权所有 © 2024 新华网 保留所有权利', '返回顶部'
    ]
  },
  {
    name: 'ja.txt',
    article: [
      '新しい橋、5月に開通へ',
      '2年間の工事を経て、川に架かる新しい橋が5月に開通する。市は金曜日の記者会見で、橋の全長は3.2キロメートルで、時速80キロで設計されていると発表した。',
      '市長は、橋が開通すれば両岸の住民の通勤時間は1時間から約15分に短縮されると述べた。市の交通整備にとって重要な節目だという。',
      '橋の総工費は約400億円で、地元の3社が共同で建設した。工事中、作業員は梅雨や猛暑などの困難を乗り越えた。'
    ],
    noise: [
      'ホーム > ニュース > 社会', 'この記事をシェア', 'ツイート', 'シェア', '2024年5月12日 8時30分', '執筆：山田太郎',
      '関連記事', '夜景が美しい新しい橋', '地下鉄3号線、年末に開業', 'ページの先頭へ'
    ]
  },
  {
    name: 'ko.txt',
    article: [
      '새 다리 5월 개통 예정',
      '2년간의 공사 끝에 강을 가로지르는 새 다리가 5월에 개통된다. 시는 금요일 기자회견에서 다리의 총 길이가 3.2킬로미터이며 시속 80킬로미터로 설계됐다고 밝혔다.',
      '시장은 다리가 개통되면 양쪽 주민들의 통근 시간이 한 시간에서 약 15분으로 줄어들 것이라고 말했다. 그는 이것이 시 교통 건설의 중요한 이정표라고 말했다.',
      '다리의 총 사업비는 약 4천억 원이며 지역 업체 세 곳이 공동으로 시공했다. 공사 기간 동안 작업자들은 장마와 폭염 등 여러 어려움을 극복했다.'
    ],
    noise: [
      '홈 > 뉴스 > 사회', '공유하기', '카카오톡 페이스북 트위터', '입력 2024.05.12 08:30', '홍길동 기자', '관련기사',
      '아름다운 새 다리의 야경', '지하철 3호선 연말 개통', '많이 본 뉴스', '맨 위로'
    ]
  }
]

describe('Chinese, Japanese and Korean scrapes', () => {
  for (const {name, article, noise} of cases) {
    it(`should keep the article of ${name} and remove its cruft`, () => {
      const input = fixture(name)
      const lines = input.split('\n')
      for (const line of [...article, ...noise]) expect(lines, 'the fixture holds `' + line + '`').toContain(line)
      const kept = clean(input, {format: 'text'}).split('\n')
      expect(article.filter((line) => !kept.includes(line)), 'article lines removed').toStrictEqual([])
      expect(noise.filter((line) => kept.includes(line)), 'noise lines kept').toStrictEqual([])
    })
  }
})
