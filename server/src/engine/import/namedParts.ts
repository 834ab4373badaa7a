import { countryCode, countryNames } from '../text/countries';
import { isRecord } from '../text/records';
import { getPath, setPath } from './place';

type Data = Record<string, unknown>;

const katakana = /[\u30a1-\u30fa\u30fc]/;

/**
 * "所属：内閣府国際平和協力本部事務局 研究・研修担当" (a wide space between), "Unit: UNICEF Jordan – Social Policy Section": a unit written after
 * the name of the organisation the posting already gives is the part after it.
 */
export function unitAfterOrganization(fields: Data, targets: Record<string, string>): void {
  const unit = targets.unit ? getPath(fields, targets.unit) : undefined;
  const organization = targets.organization ? getPath(fields, targets.organization) : undefined;
  if (typeof unit !== 'string' || typeof organization !== 'string' || organization.length < 3) return;
  if (!unit.startsWith(organization)) return;
  const rest = unit.slice(organization.length);
  // (A space parts them only in Japanese: "UN Women Multi-Country Office in Suva" is one name.)
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]$/.test(organization);
  const apart = japanese ? /^[\s\u3001]+/.exec(rest) : /^\s+[-\u2013\u2014/|]\s+/.exec(rest);
  const part = apart ? rest.slice(apart[0].length).trim() : '';
  if (!part) return;
  // (setPath keeps a value it finds: the unit as written is replaced in its record.)
  const keys = targets.unit.split('.');
  const record = keys.length > 1 ? getPath(fields, keys.slice(0, -1).join('.')) : fields;
  if (isRecord(record)) record[keys[keys.length - 1]] = part;
}

/**
 * A Japanese text's country named inside a name it gives: "在ザンビア日本国大使館" (the embassy in Zambia),
 * "国連南スーダン共和国ミッション" (the UN mission in South Sudan). The one country named in the organisation, unit or
 * duty station, written in katakana (日本 in "日本国大使館" is the sender's), read where no field gives the country; a shorter name inside a longer one ("ギニア" in
 * "パプアニューギニア") is not counted.
 */
export function countryInJapaneseNames(fields: Data, targets: Record<string, string>): void {
  if (!targets.country || getPath(fields, targets.country) !== undefined) return;
  const names = ['organization', 'unit', 'duty_station']
    .map((concept) => (targets[concept] ? getPath(fields, targets[concept]) : undefined))
    .filter((value): value is string => typeof value === 'string' && /[\u30a0-\u30ff]/.test(value));
  const found = new Map<string, string>();
  for (const name of names) {
    const spans: { from: number; to: number; code: string; text: string }[] = [];
    for (const country of countryNames('ja')) {
      const code = countryCode(country);
      if (!code || !/[\u30a1-\u30fa]/.test(country)) continue;
      for (let from = name.indexOf(country); from >= 0; from = name.indexOf(country, from + 1))
        // (A whole word in katakana: "タイ" in "タイプ" is none.)
        if (!katakana.test(name[from - 1] ?? '') && !katakana.test(name[from + country.length] ?? ''))
          spans.push({ from, to: from + country.length, code, text: name.slice(from, from + country.length) });
    }
    for (const span of spans)
      if (
        !spans.some(
          (other) => other !== span && other.from <= span.from && other.to >= span.to && other.to - other.from > span.to - span.from,
        )
      )
        found.set(span.code, span.text);
  }
  if (found.size !== 1) return;
  const [country] = [...found.values()];
  if (countryCode(country)) setPath(fields, targets.country, country);
}

/** The words of a place that is an office, not a town: "Lakeside Civic Forum office", "NRC base", "Country Office". */
const officePart = /\b(?:office|offices|headquarters|HQ|base|compound|premises|sub-office|field office)$/i;

/**
 * "Location: Lakeside Civic Forum office, Kisumu", "UNICEF Country Office, Maputo": a duty station written as an office
 * and then its town is the town.
 */
export function stationAfterOffice(fields: Data, targets: Record<string, string>): void {
  const station = targets.duty_station ? getPath(fields, targets.duty_station) : undefined;
  if (typeof station !== 'string') return;
  const comma = station.indexOf(',');
  if (comma < 0 || !officePart.test(station.slice(0, comma).trim())) return;
  const town = station.slice(comma + 1).trim();
  if (!/^[A-Z][\p{L}'\u2019.-]*(?: [A-Z][\p{L}'\u2019.-]*){0,2}$/u.test(town)) return;
  const keys = targets.duty_station.split('.');
  const record = keys.length > 1 ? getPath(fields, keys.slice(0, -1).join('.')) : fields;
  if (isRecord(record)) record[keys[keys.length - 1]] = town;
}

/** An office or mission that a duty station names before its town in brackets. */
const officeNamed =
  /(?:\b(?:Office|Mission|Headquarters|HQ|Embassy|Base|Compound)\b|\u30df\u30c3\u30b7\u30e7\u30f3|\u53f8\u4ee4\u90e8|\u4e8b\u52d9\u6240|\u5927\u4f7f\u9928|\u7dcf\u9818\u4e8b\u9928|\u672c\u90e8|\u4e8b\u52d9\u5c40|\u672c\u793e|\u652f\u793e|\u652f\u5e97|\u55b6\u696d\u6240|\u4e8b\u696d\u6240|\u5de5\u5834)/;

/**
 * "派遣先：国連南スーダン共和国ミッション（UNMISS）司令部（ジュバ）", "UNMISS Headquarters (Juba)", "勤務地：大阪本社（大阪市中央区）
 * ※転勤なし": a duty station written as the office, mission or company site and then its town in brackets is the town.
 */
export function stationInBrackets(fields: Data, targets: Record<string, string>, text: string): void {
  const station = targets.duty_station ? getPath(fields, targets.duty_station) : undefined;
  if (typeof station !== 'string' || station.length < 2) return;
  // The station as the text writes it: from where a line gives it to the line's end.
  const town = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.includes(station))
    .map((line) => townInBrackets(line.slice(line.indexOf(station)).trim()))
    .find(Boolean);
  if (!town) return;
  const keys = targets.duty_station.split('.');
  const record = keys.length > 1 ? getPath(fields, keys.slice(0, -1).join('.')) : fields;
  if (isRecord(record)) record[keys[keys.length - 1]] = town;
}

function townInBrackets(stated: string): string | undefined {
  // (A remark after the bracket, "※転勤なし" (no transfers), is no part of the place.)
  const bracket = /[(\uff08]([^()\uff08\uff09]{2,30})[)\uff09](?:\s*\u203b.*)?$/.exec(stated);
  if (!bracket || !officeNamed.test(stated.slice(0, bracket.index))) return undefined;
  const town = bracket[1].trim();
  const katakana = /^[\u30a1-\u30fa\u30fc\u30fb]{2,15}$/.test(town);
  // A Japanese municipality: "大阪市中央区", "浜松市", "千代田区".
  const municipality = /^[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fc]{1,12}[\u5e02\u533a\u753a\u6751]$/.test(town);
  if (!katakana && !municipality && !/^[A-Z][\p{L}'\u2019.-]*(?: [A-Z][\p{L}'\u2019.-]*){0,2}$/u.test(town)) return undefined;
  // "(UNMISS)": the office's acronym, no town; "ガンベラ準事務所（エチオピア）": the office's country, no town either.
  return /^[A-Z]{2,8}$/.test(town) || countryCode(town) ? undefined : town;
}
