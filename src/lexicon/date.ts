/**
 * Words of dates and timestamps, folded as `normalizeLine` folds them. A line
 * made only of these words and numbers, with a month, a full numeric date or a
 * relative time among them, is a date stamp. Keep each list sorted.
 */

/** Month names and their abbreviations, by language. */
export const months: Readonly<Record<string, readonly string[]>> = {
  de: [
    'apr', 'april', 'aug', 'august', 'dez', 'dezember', 'feb', 'februar', 'jan', 'jänner', 'januar', 'jul',
    'juli', 'jun', 'juni', 'mai', 'mär', 'märz', 'nov', 'november', 'okt', 'oktober', 'sep', 'sept',
    'september'
  ],
  en: [
    'apr', 'april', 'aug', 'august', 'dec', 'december', 'feb', 'february', 'jan', 'january', 'jul', 'july', 'jun',
    'june', 'mar', 'march', 'may', 'nov', 'november', 'oct', 'october', 'sep', 'sept', 'september'
  ],
  es: [
    'abr', 'abril', 'ago', 'agosto', 'dic', 'diciembre', 'ene', 'enero', 'febrero', 'jul', 'julio', 'jun', 'junio',
    'marzo', 'mayo', 'noviembre', 'octubre', 'septiembre', 'setiembre'
  ],
  fr: [
    'août', 'avr', 'avril', 'déc', 'décembre', 'fév', 'févr', 'février', 'janv', 'janvier', 'juil', 'juillet',
    'juin', 'mai', 'mars', 'novembre', 'octobre', 'sept', 'septembre'
  ],
  it: [
    'agosto', 'aprile', 'dic', 'dicembre', 'febbraio', 'gen', 'gennaio', 'giu', 'giugno', 'lug', 'luglio', 'mag',
    'maggio', 'marzo', 'novembre', 'ott', 'ottobre', 'set', 'settembre'
  ],
  nl: [
    'april', 'augustus', 'december', 'februari', 'januari', 'juli', 'juni', 'maart', 'mei', 'mrt', 'november',
    'okt', 'oktober', 'september'
  ],
  pt: [
    'abril', 'agosto', 'dez', 'dezembro', 'fev', 'fevereiro', 'janeiro', 'julho', 'junho', 'maio', 'março', 'nov',
    'novembro', 'out', 'outubro', 'set', 'setembro'
  ],
  ru: [
    'авг', 'август', 'августа', 'апр', 'апрель', 'апреля', 'дек', 'декабрь', 'декабря', 'июль', 'июля', 'июнь',
    'июня', 'май', 'мар', 'март', 'марта', 'мая', 'ноя', 'ноябрь', 'ноября', 'окт', 'октябрь', 'октября', 'сен',
    'сент', 'сентябрь', 'сентября', 'фев', 'февраль', 'февраля', 'янв', 'январь', 'января'
  ],
  tr: [
    'ağustos', 'aralık', 'ekim', 'eylül', 'haziran', 'kasım', 'mart', 'mayıs', 'nisan', 'ocak', 'şubat',
    'temmuz'
  ]
}

/** Weekday names and their abbreviations, by language. */
export const weekdays: Readonly<Record<string, readonly string[]>> = {
  de: ['di', 'dienstag', 'do', 'donnerstag', 'fr', 'freitag', 'mi', 'mittwoch', 'mo', 'montag', 'sa', 'samstag', 'so', 'sonnabend', 'sonntag'],
  en: ['fri', 'friday', 'mon', 'monday', 'sat', 'saturday', 'sun', 'sunday', 'thu', 'thur', 'thurs', 'thursday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday'],
  es: ['domingo', 'jueves', 'lunes', 'martes', 'miércoles', 'sábado', 'viernes'],
  fr: ['dim', 'dimanche', 'jeu', 'jeudi', 'lun', 'lundi', 'mar', 'mardi', 'mer', 'mercredi', 'sam', 'samedi', 'ven', 'vendredi'],
  it: ['domenica', 'giovedì', 'lunedì', 'martedì', 'mercoledì', 'sabato', 'venerdì'],
  nl: ['di', 'dinsdag', 'do', 'donderdag', 'ma', 'maandag', 'vr', 'vrijdag', 'wo', 'woensdag', 'za', 'zaterdag', 'zo', 'zondag'],
  pt: ['domingo', 'feira', 'quarta', 'quinta', 'sábado', 'segunda', 'sexta', 'terça'],
  ru: ['воскресенье', 'вс', 'вт', 'вторник', 'пн', 'понедельник', 'пт', 'пятница', 'сб', 'ср', 'среда', 'суббота', 'четверг', 'чт'],
  tr: ['çarşamba', 'cuma', 'cumartesi', 'pazar', 'pazartesi', 'perşembe', 'salı']
}

/**
 * Labels and small words a date stamp may hold: `Published`, `Updated`,
 * `Publié le … à …`, `Veröffentlicht am … um … Uhr`, `5 de enero de 2024`.
 */
export const dateLabels: Readonly<Record<string, readonly string[]>> = {
  de: ['aktualisiert', 'am', 'datum', 'stand', 'uhr', 'um', 'veröffentlicht', 'zuletzt'],
  en: [
    'at', 'created', 'date', 'first', 'last', 'modified', 'of', 'on', 'originally', 'posted', 'publication',
    'published', 'the', 'updated'
  ],
  es: ['a', 'actualizado', 'de', 'del', 'el', 'fecha', 'las', 'publicado'],
  fr: ['à', 'date', 'de', 'jour', 'le', 'mis', 'modifié', 'publication', 'publié'],
  it: ['aggiornato', 'alle', 'data', 'del', 'il', 'ore', 'pubblicato'],
  ja: ['公開', '公開日', '投稿日', '掲載', '更新', '更新日', '配信'],
  ko: ['기사입력', '등록', '수정', '승인', '업데이트', '입력', '최종수정'],
  nl: ['bijgewerkt', 'datum', 'gepubliceerd', 'laatst', 'om', 'op'],
  pt: ['às', 'atualizado', 'data', 'de', 'do', 'em', 'publicado'],
  ru: ['в', 'г', 'года', 'дата', 'обновлено', 'опубликовано'],
  tr: ['güncelleme', 'güncellendi', 'güncellenme', 'saat', 'tarih', 'tarihi', 'yayın', 'yayınlanma'],
  zh: ['发布', '发布时间', '发表于', '日期', '时间', '更新', '更新时间', '更新時間', '發佈', '發布時間']
}

/** Time zones and clock words (`GMT`, `p.m.`). */
export const clockWords: readonly string[] = [
  'a', 'aedt', 'aest', 'am', 'bst', 'cdt', 'cest', 'cet', 'cst', 'edt', 'eest', 'eet', 'est', 'gmt', 'h', 'hkt',
  'ist', 'jst', 'kst', 'm', 'mdt', 'msk', 'mst', 'p', 'pdt', 'pm', 'pst', 'sgt', 'trt', 'utc', 'z', '오전', '오후',
  '上午', '下午', '午前', '午後'
]

/** Units of a relative time (`3 hours ago`), by language. */
export const timeUnits: Readonly<Record<string, readonly string[]>> = {
  de: ['jahr', 'jahren', 'minute', 'minuten', 'monat', 'monaten', 'sekunden', 'stunde', 'stunden', 'tag', 'tagen', 'woche', 'wochen'],
  en: ['day', 'days', 'hour', 'hours', 'hr', 'hrs', 'min', 'mins', 'minute', 'minutes', 'month', 'months', 'second', 'seconds', 'week', 'weeks', 'year', 'years'],
  es: ['año', 'años', 'día', 'días', 'hora', 'horas', 'mes', 'meses', 'minuto', 'minutos', 'segundos', 'semana', 'semanas'],
  fr: ['an', 'ans', 'heure', 'heures', 'jour', 'jours', 'min', 'minute', 'minutes', 'mois', 'secondes', 'semaine', 'semaines'],
  it: ['anni', 'anno', 'giorni', 'giorno', 'mese', 'mesi', 'minuti', 'minuto', 'ora', 'ore', 'secondi', 'settimana', 'settimane'],
  nl: ['dag', 'dagen', 'jaar', 'maand', 'maanden', 'minuten', 'minuut', 'seconden', 'uur', 'week', 'weken'],
  pt: ['ano', 'anos', 'dia', 'dias', 'hora', 'horas', 'mês', 'meses', 'minuto', 'minutos', 'segundos', 'semana', 'semanas'],
  ru: ['год', 'года', 'день', 'дней', 'дня', 'лет', 'месяц', 'месяца', 'месяцев', 'минут', 'минуту', 'минуты', 'недели', 'неделю', 'секунд', 'час', 'часа', 'часов'],
  tr: ['ay', 'dakika', 'gün', 'hafta', 'saat', 'saniye', 'yıl']
}

/** Words that make a number and a unit a relative time (`ago`, `il y a`, `vor`). */
export const agoWords: Readonly<Record<string, readonly string[]>> = {
  de: ['vor'],
  en: ['ago'],
  es: ['hace'],
  fr: ['a', 'il', 'y'],
  it: ['fa'],
  nl: ['geleden'],
  pt: ['há'],
  ru: ['назад'],
  tr: ['önce']
}

/** Words for today and yesterday, which date a stamp like a month does. */
export const dayWords: Readonly<Record<string, readonly string[]>> = {
  de: ['gestern', 'heute'],
  en: ['today', 'yesterday'],
  es: ['ayer', 'hoy'],
  fr: ['aujourd', 'hier', 'hui'],
  it: ['ieri', 'oggi'],
  nl: ['gisteren', 'vandaag'],
  pt: ['hoje', 'ontem'],
  ru: ['вчера', 'сегодня'],
  tr: ['bugün', 'dün']
}
