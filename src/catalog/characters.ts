// The characters a paste puts into a key, named in Japanese (src/data/unicode-names.ts has Unicode's
// own English names); by the code point label the finding carries (`U+200B`).
import { codePointLabel } from '../data/unicode-names.js';

const JA: Record<number, string> = {
  0x00a0: 'ノーブレークスペース',
  0x00ad: 'ソフトハイフン',
  0x2002: 'エンスペース',
  0x2003: 'エムスペース',
  0x2009: 'シンスペース',
  0x200b: 'ゼロ幅スペース',
  0x200c: 'ゼロ幅非接合子',
  0x200d: 'ゼロ幅接合子',
  0x200e: '左から右への書字方向マーク',
  0x200f: '右から左への書字方向マーク',
  0x2010: 'ハイフン',
  0x2011: '改行しないハイフン',
  0x2012: '数字幅ダッシュ',
  0x2013: 'エンダッシュ',
  0x2014: 'エムダッシュ',
  0x2018: '左シングル引用符',
  0x2019: '右シングル引用符',
  0x201c: '左ダブル引用符',
  0x201d: '右ダブル引用符',
  0x2022: 'ビュレット',
  0x2026: '三点リーダー',
  0x2028: '行区切り文字',
  0x2029: '段落区切り文字',
  0x202f: '狭いノーブレークスペース',
  0x2060: 'ワードジョイナー',
  0x2212: 'マイナス記号',
  0x3000: '全角スペース',
  0xfeff: 'ゼロ幅ノーブレークスペース（BOM）',
  0xfffd: '置換文字',
};

/** The Japanese name of the character at `label` (`U+200B`), as characterName names it in English. */
export function characterNameJa(label: string): string {
  const cp = Number.parseInt(label.slice(2), 16);
  const known = JA[cp];
  if (known) return known;
  if (cp >= 0xff01 && cp <= 0xff5e) return `全角の「${String.fromCodePoint(cp - 0xfee0)}」`;
  if (cp < 0x20 || cp === 0x7f) return '制御文字';
  if (cp >= 0xfe00 && cp <= 0xfe0f) return '異体字セレクター';
  return 'ASCII 以外の文字';
}

/** Every code point with a name of its own (for the test that keeps the two tables in step). */
export const NAMED_JA = Object.keys(JA).map((cp) => codePointLabel(Number(cp)));
