/**
 * A realistic generated content tree for the benchmark: N books (Chinese titles, authors, valid ISBN-13s named
 * as the files, 中图法 classes, donors, flyleaf notes), 500 lectures, 500 meetings, a few hundred people and a
 * sprinkling of photos and cover images. Deterministic (seeded), so two runs build the same site.
 *
 * Frontmatter values are written as JSON scalars/flow collections, which are valid YAML: no quoting surprises
 * (14:30, 2024-03-01) whatever the generated text contains.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { CLC_LETTERS } from '../../src/lib/clc.ts';
import { PERSON_KINDS } from '../../src/schemas/person.ts';

export interface CorpusOptions {
  /** Folder to create the content tree in (must not be the project's content/). */
  dir: string;
  books?: number;
  lectures?: number;
  meetings?: number;
  people?: number;
  /** How many of the generator's publishers the books spread over (default all ten): fewer make larger groups. */
  publishers?: number;
  /** Share of books with a cover photo (the rest get the typographic cover). */
  coverShare?: number;
  /** Lectures with two photos each, and meetings with one. */
  lecturesWithPhotos?: number;
  meetingsWithPhotos?: number;
  /** File type of lectures and meetings: `mdx` as the editors' template makes them, or plain `md`. */
  seriesExtension?: 'mdx' | 'md';
  /** Copy content/pages and content/data (site settings, lists) from this folder, read-only. */
  pagesFrom?: string;
  seed?: number;
}

export interface CorpusSummary {
  books: number;
  lectures: number;
  meetings: number;
  people: number;
  images: number;
  flyleafNotes: number;
}

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  return { next, int, pick, some };
}

const SURNAMES: [string, string][] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['周', 'zhou'],
  ['吴', 'wu'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['胡', 'hu'],
  ['朱', 'zhu'],
  ['高', 'gao'],
  ['林', 'lin'],
  ['何', 'he'],
  ['郭', 'guo'],
  ['马', 'ma'],
  ['罗', 'luo'],
  ['梁', 'liang'],
  ['宋', 'song'],
  ['郑', 'zheng'],
  ['谢', 'xie'],
  ['唐', 'tang'],
  ['邓', 'deng'],
  ['曾', 'zeng'],
  ['彭', 'peng'],
  ['欧阳', 'ouyang'],
  ['谭', 'tan'],
  ['廖', 'liao'],
  ['颜', 'yan'],
];
const GIVEN: [string, string][] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀英', 'xiuying'],
  ['志远', 'zhiyuan'],
  ['海燕', 'haiyan'],
  ['建国', 'jianguo'],
  ['晓梅', 'xiaomei'],
  ['文渊', 'wenyuan'],
  ['思雨', 'siyu'],
  ['振华', 'zhenhua'],
  ['兰英', 'lanying'],
  ['卫东', 'weidong'],
  ['佳慧', 'jiahui'],
  ['朝阳', 'zhaoyang'],
  ['清远', 'qingyuan'],
  ['云飞', 'yunfei'],
];
const TITLES = ['市委党校教授', '园区管委会干部', '车间主任', '研发工程师', '退休教师', '质检员', '支部书记', '装配工'];
const ORGS = [
  '白沙洲工业园区管委会',
  '衡阳市委党校',
  '衡阳芯联电子科技有限公司',
  '湘南重工装备有限公司',
  '南华大学',
  '园区党群服务中心',
  '衡阳新材料产业研究院',
];
const THEMES = [
  '科技创新',
  '自然资源',
  '招商引资',
  '家国情怀',
  '党的理论',
  '绿色低碳',
  '营商环境',
  '乡村振兴',
  '数字经济',
  '安全生产',
  '党史学习',
  '工匠精神',
];
const TITLE_HEADS = [
  '新时代',
  '平凡的',
  '红色',
  '大国',
  '中国',
  '湘江',
  '伟大的',
  '乡土',
  '奋斗的',
  '光荣的',
  '钢铁',
  '星火',
  '春天的',
  '初心',
  '长征',
  '工匠',
  '数字',
  '绿色',
];
const TITLE_NOUNS = [
  '故事',
  '岁月',
  '足迹',
  '征程',
  '记忆',
  '道路',
  '答卷',
  '密码',
  '力量',
  '精神',
  '年代',
  '课堂',
  '日记',
  '风景',
  '工厂',
  '画卷',
  '家书',
  '脊梁',
];
const TITLE_TAILS = [
  '',
  '',
  '',
  '（上）',
  '（修订版）',
  '十讲',
  '简史',
  '研究',
  '读本',
  '散文集',
  '三十年',
  '：一个园区的变迁',
  '与中国式现代化',
];
const PUBLISHERS = [
  '人民出版社',
  '人民文学出版社',
  '中央文献出版社',
  '湖南人民出版社',
  '中信出版社',
  '生活·读书·新知三联书店',
  '商务印书馆',
  '科学出版社',
  '机械工业出版社',
  '作家出版社',
];
const TAGS = ['党史', '文学', '经济', '科技', '传记', '古典文学', '哲学', '历史', '环保', '管理', '科普', '红色经典'];
const SENTENCES = [
  '这本书让我重新理解了“为人民服务”五个字。',
  '读到第三章时我停下来想了很久，推荐给车间的年轻人。',
  '书里写的那段历史，我父亲亲身经历过。',
  '语言朴实，道理深刻，适合在夜班休息时慢慢读。',
  '希望下一位读者也能在书里找到前进的力量。',
  '作者把复杂的理论讲得通俗易懂，值得一读再读。',
  '我在书页边上做了些笔记，欢迎交流。',
  '一本好书就像一位良师益友。',
];
const PARAGRAPHS = [
  '主讲人从园区发展的实际出发，结合装备制造、新材料、电子信息三大产业的案例，讲解了创新驱动发展的路径。现场学员围绕企业一线的问题踊跃提问，气氛热烈。',
  '讲座回顾了党在不同历史时期对这一问题的认识过程，指出每一次提法的变化都对应着发展阶段的变化。今天的企业如果只靠扩大规模、压低成本，路会越走越窄。',
  '他建议企业党组织把“党员先锋岗”设在技术攻关一线，把支部活动和课题攻关结合起来，让党员在啃硬骨头时走在前面。几位企业负责人当场交流了各自的做法。',
  '读书会上，成员们围绕书中人物的奋斗历程展开讨论。很多人谈到自己或父辈的经历，有位老党员说，这本书写的就是他们那一代人的青春。',
  '领读人把全书拆成三周的阅读计划，每周在群里打卡。坚持下来，大家都读完了，也留下了许多心得。',
];
const VENUES = ['园区党群服务中心报告厅', '办公楼三楼会议室', '园区职工书屋', '企业党建活动室'];
const ONLINE = ['腾讯会议', '园区学习平台直播'];

/** ISBN-13 check digit. */
function isbn13(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i % 2 === 0 ? 1 : 3) * Number(first12[i]);
  return `${first12}${(10 - (sum % 10)) % 10}`;
}

/** A frontmatter document; every value is JSON (valid YAML), `undefined` fields are left out. */
function markdown(fields: Record<string, unknown>, body: string): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

function isoDate(start: Date, days: number): string {
  return new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Photo-like JPEGs (noise compresses like a real photo; a flat colour would flatter the image step). Encoding
 * noise is slow, so a handful of originals per size are made once and copied: Astro still processes every file.
 */
class PhotoMaker {
  private originals = new Map<string, Promise<Buffer>>();

  private original(width: number, height: number, variant: number): Promise<Buffer> {
    const key = `${width}x${height}-${variant}`;
    let made = this.originals.get(key);
    if (!made) {
      const hue = (variant * 47) % 255;
      made = sharp({
        create: {
          width,
          height,
          channels: 3,
          background: { r: hue, g: (hue * 3) % 255, b: 160 },
          noise: { type: 'gaussian', mean: 120, sigma: 40 },
        },
      })
        .blur(1.2)
        .jpeg({ quality: 80 })
        .toBuffer();
      this.originals.set(key, made);
    }
    return made;
  }

  async write(file: string, width: number, height: number, seed: number): Promise<void> {
    mkdirSync(path.dirname(file), { recursive: true });
    // A JPEG comment segment (FF FE) right after the start marker makes every file distinct: Astro names and
    // dedupes images by content, and identical copies would be processed once instead of once each.
    const original = await this.original(width, height, seed % 4);
    const note = Buffer.from(`bench ${path.basename(file)} ${seed}`);
    const segment = Buffer.alloc(4);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(note.length + 2, 2);
    writeFileSync(file, Buffer.concat([original.subarray(0, 2), segment, note, original.subarray(2)]));
  }
}

export async function generateCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const {
    dir,
    books: bookCount = 10_000,
    lectures: lectureCount = 500,
    meetings: meetingCount = 500,
    people: peopleCount = 300,
    publishers: publisherCount = PUBLISHERS.length,
    coverShare = 0.01,
    lecturesWithPhotos = 40,
    meetingsWithPhotos = 20,
    seed = 20261127,
    seriesExtension = 'mdx',
  } = options;
  const rng = random(seed);
  if (existsSync(path.join(dir, 'books'))) throw new Error(`${dir} already holds a content tree; use an empty folder.`);
  for (const folder of ['books', 'lectures', 'meetings', 'people', 'pages', 'data']) {
    mkdirSync(path.join(dir, folder), { recursive: true });
  }
  if (options.pagesFrom) {
    for (const folder of ['pages', 'data']) {
      const from = path.join(options.pagesFrom, folder);
      if (existsSync(from)) cpSync(from, path.join(dir, folder), { recursive: true });
    }
  }
  const imageJobs: (() => Promise<void>)[] = [];
  const photos = new PhotoMaker();
  let images = 0;

  // The same draw whatever the count, so the default corpus is the one the benchmark always built.
  const publishers = PUBLISHERS.slice(0, Math.max(1, publisherCount));

  // People: unique pinyin ids, names from the same parts.
  const people: string[] = [];
  const names = new Map<string, string>();
  for (let i = 0; people.length < peopleCount; i++) {
    const [surname, surnamePinyin] = SURNAMES[i % SURNAMES.length]!;
    const [given, givenPinyin] = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
    const round = Math.floor(i / (SURNAMES.length * GIVEN.length));
    const id = `${surnamePinyin}-${givenPinyin}${round ? `-${round + 1}` : ''}`;
    people.push(id);
    names.set(id, `${surname}${given}`);
    const fields = {
      name: `${surname}${given}`,
      title: rng.pick(TITLES),
      organisation: rng.pick(ORGS),
      kind: rng.pick(PERSON_KINDS),
      bio: rng.next() < 0.7 ? `${rng.pick(ORGS)}${rng.pick(TITLES)}，长期参加园区的学习活动。` : undefined,
      sample: true,
    };
    writeFileSync(path.join(dir, 'people', `${id}.md`), markdown(fields, rng.pick(PARAGRAPHS)));
  }

  // Books: ISBN-13s 978-7-xxxxxxxx-c, unique by construction; files named by the ISBN.
  const books: string[] = [];
  const donationStart = new Date('2015-01-01T00:00:00Z');
  let flyleafNotes = 0;
  for (let i = 0; i < bookCount; i++) {
    const isbn = isbn13(`9787${String(10_000_000 + i * 7919).slice(-8)}`);
    books.push(isbn);
    const title = `${rng.pick(TITLE_HEADS)}${rng.pick(TITLE_NOUNS)}${rng.pick(TITLE_TAILS)}`;
    const noteCount = rng.next() < 0.35 ? rng.int(1, 4) : 0;
    flyleafNotes += noteCount;
    const donatedOn = isoDate(donationStart, rng.int(0, 3900));
    const notes = Array.from({ length: noteCount }, (_, n) => ({
      reader: rng.pick(people),
      date: isoDate(new Date(`${donatedOn}T00:00:00Z`), 20 + n * rng.int(15, 200)),
      text: rng.pick(SENTENCES),
    }));
    const letter = rng.pick(CLC_LETTERS);
    const hasCover = rng.next() < coverShare;
    if (hasCover) {
      images++;
      imageJobs.push(() => photos.write(path.join(dir, 'books', 'covers', `${isbn}.jpg`), 600, 840, i));
    }
    const copies = rng.next() < 0.85 ? 1 : rng.int(2, 5);
    const fields = {
      title,
      subtitle: rng.next() < 0.1 ? '纪念版' : undefined,
      authors: Array.from({ length: rng.int(1, 2) }, () => names.get(rng.pick(people)) ?? '佚名'),
      publisher: rng.pick(publishers),
      year: rng.int(1978, 2025),
      isbn,
      clc: rng.next() < 0.92 ? `${letter}${rng.int(1, 899)}${rng.next() < 0.4 ? `.${rng.int(1, 9)}` : ''}` : undefined,
      tags: rng.some(TAGS, rng.int(0, 3)),
      cover: hasCover ? { src: `./covers/${isbn}.jpg`, alt: `《${title}》封面` } : undefined,
      summary:
        rng.next() < 0.8
          ? `${rng
              .pick(PARAGRAPHS)
              .slice(0, 59)
              .replace(/[，。]$/, '')}。`
          : undefined,
      donor: rng.next() < 0.7 ? rng.pick(people) : undefined,
      donatedOn,
      shelf: `${String.fromCharCode(65 + rng.int(0, 7))}-${rng.int(1, 6)}`,
      copies,
      // Some of a title's copies are out or lost, never more than it has.
      ...(rng.next() < 0.85 ? {} : { [rng.pick(['lent', 'lost'])]: rng.int(1, copies) }),
      flyleafNotes: notes,
      sample: true,
    };
    const body = rng.next() < 0.5 ? rng.pick(PARAGRAPHS) : '';
    writeFileSync(path.join(dir, 'books', `${isbn}.md`), markdown(fields, body));
  }

  // Lectures: one every two weeks back from 2026-11 with a few still to come; past ones have attendance.
  const buildDate = '2026-11-27';
  const lectureEnd = new Date('2027-01-15T00:00:00Z');
  for (let n = 1; n <= lectureCount; n++) {
    const date = isoDate(lectureEnd, -(lectureCount - n) * 14);
    const held = date <= buildDate;
    const photoCount = n % Math.max(1, Math.floor(lectureCount / lecturesWithPhotos)) === 0 ? 2 : 0;
    const pictures = Array.from({ length: photoCount }, (_, k) => {
      images++;
      imageJobs.push(() => photos.write(path.join(dir, 'lectures', 'photos', `${n}-${k}.jpg`), 1600, 1067, n * 10 + k));
      return { src: `./photos/${n}-${k}.jpg`, alt: `第${n}期讲坛现场照片${k + 1}` };
    });
    const title = `${rng.pick(THEMES)}与${rng.pick(TITLE_HEADS)}${rng.pick(TITLE_NOUNS)}`;
    const fields = {
      number: n,
      title,
      date,
      startTime: '14:30',
      endTime: '16:30',
      themes: rng.some(THEMES, rng.int(1, 2)),
      speakers: rng.some(people, rng.int(1, 2)),
      venue: rng.pick(VENUES),
      format: rng.pick(['线下', '线上', '线上线下']),
      attendance: held ? rng.int(40, 400) : undefined,
      summary: rng.pick(PARAGRAPHS),
      photos: pictures,
      recommendedBooks: rng.some(books, rng.int(0, 3)),
      sample: true,
    };
    const body = Array.from(
      { length: 4 },
      (_, k) => `## ${['缘起', '要点', '案例', '交流'][k]}\n\n${rng.pick(PARAGRAPHS)}${rng.pick(PARAGRAPHS)}`,
    ).join('\n\n');
    writeFileSync(
      path.join(dir, 'lectures', `${String(n).padStart(3, '0')}.${seriesExtension}`),
      markdown(fields, body),
    );
  }

  // Meetings: weekly, a few upcoming.
  const meetingEnd = new Date('2026-12-20T00:00:00Z');
  for (let n = 1; n <= meetingCount; n++) {
    const date = isoDate(meetingEnd, -(meetingCount - n) * 7);
    const online = rng.next() < 0.2;
    const photoCount = n % Math.max(1, Math.floor(meetingCount / meetingsWithPhotos)) === 0 ? 1 : 0;
    const pictures = Array.from({ length: photoCount }, () => {
      images++;
      imageJobs.push(() => photos.write(path.join(dir, 'meetings', 'photos', `${n}.jpg`), 1600, 1067, n * 13));
      return { src: `./photos/${n}.jpg`, alt: `第${n}期读书会现场` };
    });
    const fields = {
      number: n,
      title: `共读《${rng.pick(TITLE_HEADS)}${rng.pick(TITLE_NOUNS)}》`,
      date,
      startTime: '19:00',
      endTime: '20:30',
      format: online ? '线上' : '线下',
      venue: online ? rng.pick(ONLINE) : rng.pick(VENUES),
      books: rng.some(books, rng.int(1, 2)),
      leadReaders: rng.some(people, 1),
      participants: rng.int(8, 60),
      summary: rng.pick(PARAGRAPHS),
      outputs: Array.from({ length: rng.int(0, 3) }, () => ({
        author: rng.pick(people),
        title: rng.next() < 0.5 ? '读书心得' : undefined,
        text: rng.pick(SENTENCES),
      })).map((o) => (o.title ? o : { author: o.author, text: o.text })),
      photos: pictures,
      sample: true,
    };
    const body = `${rng.pick(PARAGRAPHS)}\n\n${rng.pick(PARAGRAPHS)}`;
    writeFileSync(
      path.join(dir, 'meetings', `${String(n).padStart(3, '0')}.${seriesExtension}`),
      markdown(fields, body),
    );
  }

  // A few at a time: sharp is multi-threaded already, and hundreds of pending encodes only cost memory.
  for (let i = 0; i < imageJobs.length; i += 4) await Promise.all(imageJobs.slice(i, i + 4).map((job) => job()));
  return {
    books: bookCount,
    lectures: lectureCount,
    meetings: meetingCount,
    people: peopleCount,
    images,
    flyleafNotes,
  };
}

// `node scripts/bench/corpus.ts <dir> [books]`: generate a corpus on its own (for trying a build by hand).
if (import.meta.main) {
  const [dir, books] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/bench/corpus.ts <empty folder> [books]');
    process.exit(2);
  }
  const summary = await generateCorpus({
    dir: path.resolve(dir),
    ...(books ? { books: Number(books) } : {}),
    pagesFrom: path.resolve(import.meta.dirname, '../../content'),
  });
  console.log(JSON.stringify(summary));
}
