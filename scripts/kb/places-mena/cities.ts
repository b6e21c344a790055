// The city tables, and the rule candidates deliberately left out (with the reason), for build-places-mena.ts.
import { SY } from './cities-sy.js';
import { IQ } from './cities-iq.js';
import { LB, JO, PS, IL } from './cities-levant.js';
import { YE, LY, EG } from './cities-ye-ly-eg.js';
import { GULF, AFRICA } from './cities-gulf-africa.js';
import { MA, DZ, TN } from './cities-maghreb.js';
import { TR, IR, AF, PK } from './cities-tr-ir-af-pk.js';

export const TABLES: Record<string, string> = { SY, IQ, LB, JO, PS, IL, YE, LY, EG, GULF, AFRICA, MA, DZ, TN, TR, IR, AF, PK };

/** GeoNames ids that the selection rules pick but the file leaves out, and why. */
export const EXCLUDE: Record<number, string> = {
  // duplicates of another GeoNames entry for the same town
  7905767: 'duplicate (Nahiyat as-Sab Biyar = As Sab Biyar 165158)',
  99168: 'duplicate (Al Khalis PPLA2 = Khalis 99169)',
  9797125: 'duplicate (Zaxu = Zakho 89570)',
  7097617: 'duplicate (Nahiyat Hiran = Hiran 95804)',
  9875575: 'duplicate/new quarter (Halabja al-Jadida)',
  2216885: 'duplicate (Zawiya PPL = Az Zawiyah 2218970)',
  250321: 'duplicate (Ar Rusayfah PPLA2 = Russeifa 7838895)',
  250624: 'duplicate (Qir Moav = Karak)',
  293207: 'duplicate (Yehud = Yehud-Monosson 10227184)',
  1332083: 'duplicate (Bahawalnagar PPL = 1183883)',
  // in capitals.jsonl (another file)
  293397: 'Tel Aviv is in capitals.jsonl (city:il-tel-aviv)',
  // not a town, or a part of another city
  11428685: 'Rukban is a displacement camp (camps belong to another file)',
  10640344: 'road junction (Muthallath Sabha)',
  10861483: 'road junction (Muthallath Jamiat Al al-Bayt)',
  101760: 'Sultanah is a district of Medina',
  2219960: 'Al Jadid is a quarter of Sabha',
  12047417: 'Reef Al Fujairah is the rural hinterland of Fujairah, not a town',
  9222766: 'Arafat is a moughataa of Nouakchott',
  11009418: 'Tevragh Zeina is a moughataa of Nouakchott',
  11496397: 'Dar Naim is a moughataa of Nouakchott',
  7701384: 'Karabaglar is a district of Izmir',
  8074174: 'Muratpasa is a district of Antalya',
  11238838: 'Merkezefendi is a district of Denizli',
  748208: 'Derince is a district of Izmit',
  284572: 'Kalandia: GeoNames figure mixes Qalandiya village and camp',
  // Western Sahara (not one of the listed countries)
  2461874: 'Smara is in Western Sahara',
  // GeoNames record doubtful
  10630176: 'Pasragad Branch: not a town (GeoNames error)',
  23814: 'Kahriz: GeoNames record doubtful (population of a suburb)',
  14256: 'Azadshahr (Hamadan): GeoNames record doubtful',
  90708: 'Sinah (Duhok): town not identified with confidence',
  1183105: 'Battagram: GeoNames population (700,000) implausible, small town',
  1173055: 'Kotli: GeoNames population (640,000) implausible',
  1182637: 'Bhimbar: GeoNames population (342,900) implausible',
  1163198: 'Tordher: GeoNames population implausible',
  1165569: 'Shahkot: GeoNames population implausible',
  // Arabic news spelling not known with confidence
  11257949: 'Qentere: Arabic name not known with confidence',
  165672: 'Qarqania: Arabic name not known with confidence',
  172159: 'Sabbah (Tartus): Arabic name not known with confidence',
  7326104: 'Nahiyat Bahar: Arabic name not known with confidence',
  7326105: 'Nahiyat Atbah: Arabic name not known with confidence',
  6676920: 'Halshaw: Arabic name not known with confidence',
  7377819: 'Hayraw: Arabic name not known with confidence',
  94911: 'Ain Nuni: Arabic name not known with confidence',
  285034: 'Az Zaytuniyah (West Bank): not identified with confidence',
  2527645: 'Tirhanimine: Arabic name not known with confidence',
  2504072: 'Besbes: Arabic name not known with confidence',
  2492345: 'Karkira: Arabic name not known with confidence',
  2581754: 'Douane (Nabeul): not identified with confidence',
  1126606: 'Sidqabad: not identified with confidence',
  1130469: 'Parun: Arabic name not known with confidence',
  1131833: 'Nili: Arabic name not known with confidence',
  1145904: 'Chaghcharan (Firoz Koh): Arabic name not known with confidence',
  293222: 'Yavne: Arabic news spelling not known with confidence',
  295080: 'Gan Yavne: Arabic news spelling not known with confidence',
  741385: 'Mustafakemalpasa: the name would match Mustafa Kemal Pasha (the person)',
  1171123: 'Mandi Bahauddin: Arabic name not known with confidence',
  1163965: 'Tando Allahyar: Arabic name not known with confidence',
  1163967: 'Tando Adam: Arabic name not known with confidence',
  1169605: 'Muzaffargarh: Arabic name not known with confidence',
  1181073: 'Chishtian: Arabic name not known with confidence',
  1176106: 'Jaranwala: Arabic name not known with confidence',
  1184845: 'Ahmadpur East: Arabic name not known with confidence',
  1162813: 'Vihari: Arabic name not known with confidence',
  1175156: 'Kamalia: Arabic name not known with confidence',
  1173378: 'Kot Addu: Arabic name not known with confidence',
  1181636: 'Chakwal: Arabic name not known with confidence',
};
