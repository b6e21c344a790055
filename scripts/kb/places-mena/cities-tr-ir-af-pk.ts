// Turkey, Iran, Afghanistan, Pakistan (format: see cities-sy.ts).
export const TR = `
745044|Istanbul|إسطنبول|استانبول|İstanbul|
311046|Izmir|إزمير||İzmir|
750269|Bursa|بورصة|||c
325363|Adana|أضنة|||
314830|Gaziantep|غازي عنتاب|عنتاب;غازي عينتاب|Antep|
306571|Konya|قونية|قونيا||
6955677|Cankaya|تشانكايا|جانقايا|Çankaya|
323777|Antalya|أنطاليا|||
751324|Bagcilar|باغجلار|باغجيلار|Bağcılar|
316541|Diyarbakir|ديار بكر||Diyarbakır;Amed|
308464|Kayseri|قيصري|||
738329|Uskudar|أسكودار|اسكدار|Üsküdar|
7627067|Bahcelievler|بهجلي إيفلر||Bahçelievler|
738377|Umraniye|عمرانية|أومرانية|Ümraniye|c
304531|Mersin|مرسين|||
747340|Esenler|إسنلر|||
315202|Eskisehir|إسكي شهير|إسكيشهير|Eskişehir|
298333|Sanliurfa|شانلي أورفة|أورفة;أورفا;شانلي أورفا|Urfa;Şanlıurfa|
304922|Malatya|ملاطية|ملطية||
7628416|Sultangazi|سلطان غازي|||
741763|Maltepe|مالتبه|مال تبه||
315368|Erzurum|أرضروم|أرض روم;أرزروم||
740264|Samsun|سامسون|||
321836|Batman|باطمان|بطمان||
310859|Kahramanmaras|كهرمان مرعش|مرعش|Kahramanmaraş;Maraş|
298117|Van|وان|||c
6947637|Atasehir|أتاشهير|||
739549|Sisli|شيشلي||Şişli|
317109|Denizli|دنيزلي|||
315808|Elazig|إلازيغ||Elazığ|
737071|Zeytinburnu|زيتين بورنو|زيتينبورنو||
752850|Adapazari|أدابازاري||Adapazarı;Sakarya|
7628419|Sultanbeyli|سلطان بيلي|||
747014|Gebze|غبزة|||
300619|Sivas|سيواس|||
299817|Tarsus|طرسوس|||
738648|Trabzon|طرابزون|||
304827|Manisa|مانيسا|||
7628420|Sancaktepe|سنجق تبه|||
322165|Balikesir|باليكسير||Balıkesir|
325330|Adiyaman|أديامان|أدي يامان|Adıyaman|
747323|Esenyurt|إسنيورت|||
307654|Kirikkale|قيريق قلعة|كيريكالي|Kırıkkale|
323779|Antakya|أنطاكية|أنطاكيا|Antioch;Hatay|
303195|Osmaniye|عثمانية|||c
748893|Corlu|تشورلو|جورلو|Çorlu|
751868|Arnavutkoy|أرناؤوط كوي|أرناؤوطكوي|Arnavutköy|
745028|Izmit|إزميت||İzmit;Kocaeli|
6947639|Basaksehir|باشاك شهير|باشاكشهير|Başakşehir|
305268|Kutahya|كوتاهية|كوتاهيا|Kütahya|
748879|Corum|جوروم|تشوروم|Çorum|
300614|Siverek|سيفيرك|||
311073|Isparta|إسبرطة|إسبارطة||
6947641|Buyukcekmece|بيوك شكمجة|بويوك تشكمجة|Büyükçekmece|
322830|Aydin|آيدين|||
311111|Iskenderun|الإسكندرونة|إسكندرون;الإسكندرون|İskenderun;Alexandretta|
298033|Viransehir|ويران شهر|فيران شهير|Viranşehir|
298299|Usak|أوشاك||Uşak|
324496|Aksaray|آق سراي|أكسراي||
307084|Kiziltepe|قزل تبه|قيزل تبه|Kızıltepe|
325303|Afyonkarahisar|أفيون قره حصار|أفيون قرة حصار|Afyon|
745169|Inegol|إينيغول||İnegöl|
738743|Tokat|توكات|||
747712|Edirne|أدرنة|||
6947640|Beylikduzu|بيليك دوزو|بيليكدوزو|Beylikdüzü|
738927|Tekirdag|تكيرداغ|تكير داغ|Tekirdağ|
309527|Karaman|قرمان|كارامان||
303873|Nazilli|نازيلي|||
741100|Ordu|أوردو|||c
300822|Siirt|سيرت|سعرد||c
315373|Erzincan|أرزينجان|أرزنجان||
324190|Alanya|ألانيا|||
738618|Turhal|تورهال|||
751077|Bandirma|بانديرما||Bandırma|
298806|Turgutlu|تورغوتلو|||
737022|Zonguldak|زونغولداك|زونجولداك||
# provincial capitals under 100,000
296562|Yozgat|يوزغات|||
298846|Tunceli|تونجلي|ديرسم|Dersim|
300640|Sirnak|شرناق|شيرناق|Şırnak|
303827|Nigde|نيغدة|نيدة|Niğde|
303831|Nevsehir|نيفشهير|نوشهير|Nevşehir|
304081|Mus|موش||Muş|c
304184|Mugla|موغلا||Muğla|
304797|Mardin|ماردين|||
307515|Kirsehir|كيرشهر|قيرشهر|Kırşehir|
307864|Kilis|كلس|كيليس||c
309647|Agri|آغري|أغري|Ağrı|
311665|Igdir|إغدير||Iğdır|
318137|Hakkari|هكاري|حكاري|Hakkâri|
320392|Burdur|بوردور|||
321025|Bitlis|بدليس|بتليس||
321082|Bingol|بينغول|بنكول|Bingöl|
738025|Yalova|يالوفا|||
739600|Sinop|سينوب|||
740483|Rize|ريزه|||
743166|Kirklareli|قرقلر إيلي|كيركلاريلي|Kırklareli|
743882|Kastamonu|قسطموني|كاستامونو||
743952|Kars|قارص|كارس||
744562|Karabuk|كارابوك|قره بوك|Karabük|
746425|Gumushane|غوموشهانة|كوموشخانة|Gümüşhane|
746881|Giresun|غيرسون|كيرسون||
747764|Duzce|دوزجة||Düzce|
749748|Cankiri|تشانكيري|جانقيري|Çankırı;Khanjarah|
749780|Canakkale|جناق قلعة|تشاناكالي|Çanakkale|
750516|Bolu|بولو|||
750598|Bilecik|بيلجيك|بيله جك||
750938|Bayburt|بايبورت|||
751057|Bartin|بارتين||Bartın|
751817|Artvin|أرتفين|||
751952|Ardahan|أردهان|||
752015|Amasya|أماسيا|أماسية||
# towns near the Syrian and Iraqi borders
296173|Yuksekova|يوكسك أوفا|يوكسيكوفا|Yüksekova|
298433|Uludere|أولودره|||
300075|Suruc|سروج||Suruç|
300797|Silopi|سلوبي|سيلوبي||
301209|Semdinli|شمدينلي||Şemdinli|
302355|Reyhanli|الريحانية||Reyhanlı|
303750|Nusaybin|نصيبين|||
307657|Kirikhan|قرق خان|كيريكهان|Kırıkhan|
311104|Islahiye|إصلاحية||İslahiye|
318253|Cizre|جزرة|جيزرة;جزيرة ابن عمر||c
318668|Ceylanpinar|جيلان بينار|جيلانبينار|Ceylanpınar|
324944|Akcakale|أقجة قلعة|أكتشاكالي|Akçakale|
`;

export const IR = `
124665|Mashhad|مشهد|||c
418863|Isfahan|أصفهان|أصبهان|Esfahan|
128747|Karaj|كرج|||
113646|Tabriz|تبريز|||
115019|Shiraz|شيراز|||
119208|Qom|قم||Qum|c
144448|Ahvaz|الأهواز|أهواز|Ahwaz|
128226|Kermanshah|كرمانشاه|||
118743|Rasht|رشت|||
128234|Kerman|كرمان|||
121801|Urmia|أرومية|أورمية|Orumiyeh|
1159301|Zahedan|زاهدان|||
132144|Hamadan|همدان|||
143127|Arak|أراك|||c
111822|Yazd|يزد|||
143083|Ardabil|أردبيل|||
145459|Abadan|عبادان|||
111453|Zanjan|زنجان|||
141681|Bandar Abbas|بندر عباس|||
117574|Sanandaj|سنندج|||
119505|Qazvin|قزوين|||
127319|Khorramshahr|خرمشهر|المحمرة|Mohammerah|
127349|Khorramabad|خرم آباد|خرمآباد||
418710|Khomeyni Shahr|خميني شهر|||
116996|Sari|ساري|||c
140044|Borujerd|بروجرد|||
32767|Qarchak|قرجك|||
132892|Gorgan|جرجان|كركان;غرغان||
118063|Sabzevar|سبزوار|||
418606|Najafabad|نجف آباد|نجفآباد||
122285|Neyshabur|نيسابور|نيشابور|Nishapur|
122438|Nazarabad|نظر آباد|||
139889|Bukan|بوكان|||
114259|Sirjan|سيرجان|||
142363|Babol|بابل||Babol (Iran)|
143534|Amol|آمل|||c
140463|Birjand|بيرجند|||
140380|Bojnurd|بجنورد|||
112214|Varamin|ورامين|||
125185|Malayer|ملاير|||
116667|Saveh|ساوه|||
126972|Khoy|خوي|||c
139817|Bushehr|بوشهر|||
125446|Mahabad|مهاباد|||
117392|Saqqez|سقز|||
124721|Marvdasht|مرودشت|||
118994|Rafsanjan|رفسنجان|||
130802|Ilam|إيلام|||c
124085|Miandoab|مياندوآب|||
135423|Shahrud|شاهرود|||
132938|Gonbad-e Kavus|كنبد كاووس|جنبد كاووس||
1160939|Iranshahr|إيرانشهر|||
115770|Shahr-e Kord|شهر كرد|شهركرد||
112646|Torbat-e Heydarieh|تربت حيدرية|||
116402|Semnan|سمنان|||
124862|Marand|مرند|||
1113217|Zabol|زابل|||
119115|Quchan|قوجان|||
124620|Masjed Soleyman|مسجد سليمان|||
141679|Bandar-e Anzali|بندر أنزلي|||
141584|Baneh|بانه|||
121380|Parsabad|بارس آباد|||
126409|Kuhdasht|كوهدشت|||
66093|Yasuj|ياسوج|||
`;

export const AF = `
1138336|Kandahar|قندهار|||
1133616|Mazar-i-Sharif|مزار شريف||Mazar-e Sharif|
1140026|Herat|هرات|||
1139715|Jalalabad|جلال آباد|جلال أباد||
1135689|Kunduz|قندوز|||
1141269|Ghazni|غزني|||
1147290|Balkh|بلخ|||
1147540|Baghlan|بغلان|||
1141857|Gardez|جرديز|كرديز||
1120985|Zaranj|زرنج|||
1122747|Tarinkot|ترينكوت|||
1123004|Taloqan|طالقان|تالقان||
1125444|Sheberghan|شبرغان||Shibirghan|
1127110|Sar-e Pol|سربل|سر بل|Sar-e Pul|
1127768|Aybak|أيبك|||
1129867|Qala-e Naw|قلعة نو|||
1130131|Qalat|قلات|||
1130490|Pul-e Khumri|بول خمري|||
1130497|Pul-e Alam|بول علم|||
1133453|Maymana|ميمنة|||c
1133574|Mehtar Lam|مهترلام|||
1134720|Lashkar Gah|لشكرجاه|لشكر كاه||
1136469|Khost|خوست|||
1142170|Fayzabad|فيض آباد|||
1142264|Farah|فراه|||
1145352|Charikar|جاريكار|تشاريكار||
1147242|Bamyan|باميان|||
1148311|Asadabad|أسد آباد|||
1429434|Bazarak|بازارك|||
1456960|Maidan Shahr|ميدان شهر|||
8534261|Sharana|شرنة||Sharan|
`;

export const PK = `
1174872|Karachi|كراتشي|||
1172451|Lahore|لاهور|||
1179400|Faisalabad|فيصل آباد|فيصل أباد||
1166993|Rawalpindi|راولبندي|||
1169825|Multan|ملتان|||
1176734|Hyderabad|حيدر آباد|حيدر أباد|Hyderabad (Sindh)|
1177662|Gujranwala|غوجرانوالا|كوجرانوالا||
1168197|Peshawar|بيشاور|||
1167460|Rahim Yar Khan|رحيم يار خان|||
1167528|Quetta|كويتا|||
1169607|Muzaffarabad|مظفر آباد|مظفر أباد||
1183880|Bahawalpur|بهاولبور|||
1166000|Sargodha|سرغودا|||
1164909|Sialkot|سيالكوت|||
1164408|Sukkur|سكهر|||
1172128|Larkana|لاركانا|||
1165221|Sheikhupura|شيخوبورة|||
1175892|Jhang|جهنغ||Jhang Sadr|
1177654|Gujrat|غجرات|||
1170880|Mardan|مردان|||
1174625|Kasur|قصور|||c
1170395|Mingora|مينغورا|||
1180289|Dera Ghazi Khan|ديرة غازي خان|||
1166548|Sahiwal|ساهيوال|||
1169116|Nawabshah|نواب شاه|||
1168718|Okara|أوكارا|||
1170295|Mirpur Khas|ميربور خاص|||
1181096|Chiniot|تشينيوت|||
1175088|Kamoke|كاموكي|||
1166652|Sadiqabad|صادق آباد|||
1182092|Burewala|بوريوالا|||
1176515|Jacobabad|جاكوب آباد|جيكب آباد||
1169692|Muridke|مريدكي|||
1165108|Shikarpur|شيكاربور|||
1177384|Hafizabad|حافظ آباد|||
1173491|Kohat|كوهات|||
1175864|Jhelum|جهلم|||
1174167|Khanpur|خانبور|||
1173664|Khuzdar|خضدار|||
1180809|Dadu|دادو|||
1178231|Gojra|غوجرا|||
1168555|Pakpattan|باكبتن|||
1183883|Bahawalnagar|بهاولنغار|||
1162004|Khairpur|خيربور||Khairpur Mir's|
1169027|Mirpur|ميربور||New Mirpur|
1185056|Abbottabad|أبوت آباد|أبوتاباد;أبوت أباد||
1173687|Khushab|خوشاب|||
1162456|Wazirabad|وزير آباد|||
1180281|Dera Ismail Khan|ديرة إسماعيل خان|||
1178338|Gilgit|جلجت|غلغت||
`;
