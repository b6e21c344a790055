// Lebanon, Jordan, Palestine, Israel (format: see cities-sy.ts).
export const LB = `
266826|Tripoli|طرابلس|طرابلس الشام|Trablous;Tripoli (Lebanon)|
268064|Sidon|صيدا||Saida|
267008|Tyre|صور||Sour|c
278913|Nabatieh|النبطية||Nabatiyeh;Nabatieh et Tahta|
274874|Habboush|حبوش|||
273140|Jounieh|جونية|||
266045|Zahle|زحلة||Zahlé|
280155|Ghazieh|الغازية||Ghaziyeh|c
277130|Baalbek|بعلبك|||
278832|Naqoura|الناقورة||En Naqoura|
273203|Byblos|جبيل||Jbeil|
276359|Bsharri|بشري||Bcharre|c
265846|Zgharta|زغرتا|||
267156|Sir al-Dinniyeh|سير الضنية||Sir ed Danniyeh|
271226|Marjayoun|مرجعيون|||
273185|Jub Jannin|جب جنين||Joub Jannine|
273360|Jezzine|جزين|||
274313|Hasbaya|حاصبيا|||
276592|Bint Jbeil|بنت جبيل||Bent Jbail|
276771|Beiteddine|بيت الدين||Beit ed-Dine|
277226|Baabda|بعبدا|||
277467|Ain Ebel|عين إبل|||
278925|Anjar|عنجر||Aanjar|
278936|Amioun|أميون|||
279854|Jdeidet el-Matn|جديدة المتن||Jdeideh|
279997|Hermel|الهرمل||El Hermel|
280328|Batroun|البترون|||
280425|Aley|عاليه|||c
274723|Halba|حلبا|||
6253857|Rashaya|راشيا||Rachaya;Rashaya al-Wadi|
`;

export const JO = `
250090|Zarqa|الزرقاء||Az Zarqa|c
248946|Irbid|إربد|||
7838895|Russeifa|الرصيفة||Ar Rusayfah|
246013|Wadi al-Seer|وادي السير||Wadi as Sir|
250799|Ajloun|عجلون||Ajlun|
250774|Aqaba|العقبة|||c
248370|Madaba|مادبا|||
250258|Salt|السلط||As-Salt|
250336|Ramtha|الرمثا||Ar Ramtha|
250582|Mafraq|المفرق|||c
248382|Maan|معان||Ma'an|
250637|Al-Jubeiha|الجبيهة||Jubayhah|
247105|Sahab|سحاب|||c
248875|Jerash|جرش||Jarash|
250198|Tafilah|الطفيلة||At Tafilah|
248923|Azra|عزرا|||
6946409|Karak|الكرك||Al-Karak;Kerak|
248803|Judita|جديتا|||
246314|Umm al-Summaq|أم السماق|||
248414|Kuraymah|كريمة|||c
250420|Anjara|عنجرة|||
250267|Ghor al-Safi|غور الصافي||Safi|
# district seats
250186|Al-Tayyibah|الطيبة||Taybeh (Irbid)|c id=tayyibah-irbid
248734|Kafr Asad|كفر أسد|||
250540|Al-Mazar al-Janubi|المزار الجنوبي|||
250106|Ayy|عي|||c
250487|Al-Qasr|القصر|||c id=qasr-karak
249842|Busayra|بصيرا|||
246008|Petra|البتراء|وادي موسى|Wadi Musa|
250290|Al-Shoubak|الشوبك||Shawbak|
250639|Al-Jiza|الجيزة||Al-Jizah (Amman)|id=jiza-amman
247724|Naur|ناعور||Na'ur|
250628|Al-Juwaydah|الجويدة|||
407169|Al-Muwaqqar|الموقر|||c
10862121|Al-Abdali|العبدلي|||
246816|South Shuna|الشونة الجنوبية||Ash Shunah al Janubiyah|
249693|Deir Alla|دير علا|||
250142|Ain al-Basha|عين الباشا|||
250718|Fuheis|الفحيص||Al Fuhays|
249481|Fuqua|فقوع|||
250480|Al-Qatranah|القطرانة|||
250688|Al-Hasa|الحسا|||
250317|Al-Ruwayshid|الرويشد|||
247014|Samma al-Rusan|سما الروسان|||
249699|Deir Abu Said|دير أبو سعيد|||
250278|North Shuna|الشونة الشمالية||Ash Shunah ash Shamaliyah|
250538|Al-Mazar al-Shamali|المزار الشمالي|||
250675|Al-Husn|الحصن|||c
248420|Kufranjah|كفرنجة|||
249664|Dhiban|ذيبان|||
7015781|Al-Husayniyah|الحسينية|||c
# towns news names
250095|Al-Azraq|الأزرق||Azraq|c
250623|Al-Karamah|الكرامة||Karameh|c
250649|Al-Jafr|الجفر|||c
246202|Umm Qais|أم قيس|||
`;

// Palestine: g= the governorate (region:ps-…); without it the parent is the West Bank or the Gaza Strip.
export const PS = `
281133|Gaza|غزة|مدينة غزة|Gaza City|g=gaza
281124|Khan Yunis|خان يونس|خانيونس|Khan Younis|g=khan-yunis
281129|Jabalia|جباليا||Jabalya|g=north-gaza
281102|Rafah|رفح|||g=rafah
281141|Deir al-Balah|دير البلح|||g=deir-al-balah
281145|Beit Lahia|بيت لاهيا||Beit Lahiya|g=north-gaza
281146|Beit Hanoun|بيت حانون|||g=north-gaza
281109|Nuseirat|النصيرات||An Nuseirat|g=deir-al-balah
281161|Al-Bureij|البريج||Bureij|g=deir-al-balah
281148|Bani Suheila|بني سهيلا|||g=khan-yunis
6967865|Al-Qarara|القرارة|||g=khan-yunis
281165|Abasan al-Kabira|عبسان الكبيرة|||g=khan-yunis
6967990|Al-Zawayda|الزوايدة||Az Zawayda|g=deir-al-balah
281093|Shokat al-Sufi|شوكة الصوفي|||g=rafah
281119|Khuza'a|خزاعة||Khuzaa|g=khan-yunis
6968063|Al-Mughraqa|المغراقة|||
6967857|Al-Nasr|النصر|||c g=rafah
281160|Al-Fukhari|الفخاري|||g=khan-yunis
6967863|Abasan al-Jadida|عبسان الجديدة|||g=khan-yunis
# West Bank
285066|Hebron|الخليل||Al-Khalil|g=hebron
282615|Nablus|نابلس|||g=nablus
281577|Tulkarm|طولكرم|||g=tulkarm
282457|Qalqilya|قلقيلية|||g=qalqilya
281292|Yatta|يطا|||g=hebron
285108|Al-Bireh|البيرة||El Bireh|c g=ramallah-and-al-bireh
283506|Jenin|جنين|||c g=jenin
284315|Bethlehem|بيت لحم|||g=bethlehem
284486|Al-Dhahiriya|الظاهرية||Adh Dhahiriya|g=hebron
284890|Al-Ram|الرام|الرام وضاحية البريد|Ar-Ram|g=jerusalem
283806|Halhul|حلحول|||g=hebron
284011|Dura|دورا|||g=hebron
284431|Bani Naim|بني نعيم|||g=hebron
284899|Jericho|أريحا|||g=jericho
284583|Al-Samu|السموع||As-Samu|g=hebron
282476|Qabatiya|قباطية|||g=jenin
283621|Idhna|إذنا|||g=hebron
281793|Sair|سعير|||c g=hebron
285111|Al-Eizariya|العيزرية||Al-Azariya;Bethany|g=jerusalem
284446|Balata|بلاطة|||c g=nablus
284324|Beit Jala|بيت جالا|||g=bethlehem
284999|Al-Yamun|اليامون|||g=jenin
281581|Tubas|طوباس|||g=tubas
284304|Beit Sahour|بيت ساحور|||g=bethlehem
281637|Tarqumiya|ترقوميا|||g=hebron
281318|Yabad|يعبد|||g=jenin
281715|Surif|صوريف|||g=hebron
284294|Beitunia|بيتونيا|||g=ramallah-and-al-bireh
284329|Beit Ummar|بيت أمر|||g=hebron
284973|Anata|عناتا|||g=jerusalem
285279|Abu Dis|أبو ديس|||g=jerusalem
282039|Salfit|سلفيت|||g=salfit
284341|Beit Fajjar|بيت فجار|||g=bethlehem
281657|Tammun|طمون|||g=tubas
284339|Beit Furik|بيت فوريك|||g=nablus
284557|Attil|عتيل|||g=tulkarm
284893|Arraba|عرابة||Arraba (Jenin)|g=jenin
7890368|Al-Doha|الدوحة||Al-Doha (Bethlehem)|c g=bethlehem
281791|Silat al-Harithiya|سيلة الحارثية|||g=jenin
281690|Taffuh|تفوح|||g=hebron
284100|Deir al-Ghusun|دير الغصون|||g=tulkarm
284347|Beit Ula|بيت أولا|||g=hebron
285061|Al-Khader|الخضر||Al-Khadr|c g=bethlehem
284362|Beita|بيتا||Baytā al Fawqā|c g=nablus
282463|Qaffin|قفين|||g=tulkarm
283570|Jaba|جبع||Jaba' (Jenin)|g=jenin
284046|Thannaba|ذنابة|||g=tulkarm
284597|Al-Shuyukh|الشيوخ|||c g=hebron
284271|Bidya|بديا|||g=salfit
283129|Beit Awwa|بيت عوا|||g=hebron
284312|Beit Liqya|بيت لقيا|||g=ramallah-and-al-bireh
284480|Azzun|عزون|||g=qalqilya
284922|Aqraba|عقربا|||g=nablus
284593|Asira al-Shamaliya|عصيرة الشمالية|||g=nablus
283361|Kafr Ra'i|كفر راعي|||g=jenin
282376|Qatanna|قطنة|||g=jerusalem
284976|Anabta|عنبتا|||g=tulkarm
282477|Qabalan|قبلان|||g=nablus
281789|Silwad|سلواد|||g=ramallah-and-al-bireh
283246|Kharas|خاراس|||g=hebron
282793|Meithalun|ميثلون|||g=jenin
284078|Deir Dibwan|دير دبوان|||g=ramallah-and-al-bireh
283612|Illar|علار|||g=tulkarm
284461|Bal'a|بلعا|||g=tulkarm
284237|Birzeit|بيرزيت|بير زيت|Bir Zeit|g=ramallah-and-al-bireh
282593|Nahalin|نحالين|||g=bethlehem
281240|Za'tara|زعترة|||c g=bethlehem
284270|Biddu|بدو|||c g=jerusalem
283521|Jamma'in|جماعين|||g=nablus
281790|Silat al-Dhahr|سيلة الظهر|||g=jenin
283843|Habla|حبلة|||g=qalqilya
283676|Hizma|حزما|||g=jerusalem
284313|Beit Lid|بيت ليد|||g=tulkarm
284194|Burqin|برقين|||g=jenin
284320|Beit Kahil|بيت كاحل|||g=hebron
283636|Huwara|حوارة||Huwwara|g=nablus
284547|Awarta|عورتا|||g=nablus
283643|Husan|حوسان|||g=bethlehem
284105|Deir Abu Da'if|دير أبو ضعيف|||g=jenin
281778|Sinjil|سنجل|||g=ramallah-and-al-bireh
283133|Jannatah|جناتة|||g=bethlehem
283157|Kharbatha al-Misbah|خربثا المصباح|||g=ramallah-and-al-bireh
282783|Bani Zeid al-Sharqiya|بني زيد الشرقية|||g=ramallah-and-al-bireh
7889665|Bani Zeid|بني زيد|||g=ramallah-and-al-bireh
7890350|Al-Ubeidiya|العبيدية|||g=bethlehem
7890847|Deir Samit|دير سامت|||g=hebron
# villages that reporting on the West Bank names
281560|Turmus Ayya|ترمسعيا|ترمس عيا||g=ramallah-and-al-bireh
283366|Kafr Qaddum|كفر قدوم|||g=qalqilya
284269|Bil'in|بلعين|||g=ramallah-and-al-bireh
282529|Ni'lin|نعلين|||g=ramallah-and-al-bireh
282283|Qusra|قصرة|||g=nablus
282108|Sebastia|سبسطية|||g=nablus
285024|Al-Mughayyir|المغير||Al-Mughayyir (Ramallah)|c g=ramallah-and-al-bireh
284013|Duma|دوما||Duma (Nablus);Domea|g=nablus
284376|Battir|بتير|||g=bethlehem
284228|Budrus|بدرس|||g=ramallah-and-al-bireh
283449|Jit|جيت|||g=qalqilya
284214|Burin|بورين|||g=nablus
282980|Madama|مادما|||g=nablus
281408|Urif|عوريف|||g=nablus
284594|Asira al-Qibliya|عصيرة القبلية|||g=nablus
282997|Al-Lubban al-Sharqiya|اللبن الشرقية|||g=nablus
282423|Qaryut|قريوت|||g=nablus
283547|Al-Jalama|الجلمة|||g=jenin
285112|Al-Auja|العوجا|||g=jericho
7898046|Al-Jiftlik|الجفتلك|||g=jericho
285102|Fasayil|فصايل|||g=jericho
284559|Taybeh|الطيبة||Taybeh (Ramallah)|c g=ramallah-and-al-bireh id=taybeh-ramallah
283464|Jifna|جفنا|||g=ramallah-and-al-bireh
284069|Deir Jarir|دير جرير|||g=ramallah-and-al-bireh
285033|Al-Mazra'a al-Sharqiya|المزرعة الشرقية|||g=ramallah-and-al-bireh
285070|Al-Jib|الجيب|||c g=jerusalem
284238|Bir Nabala|بير نبالا|||g=jerusalem
284331|Beit Iksa|بيت إكسا|||g=jerusalem
284297|Beit Surik|بيت سوريك|||g=jerusalem
282348|Qibya|قبية|||g=ramallah-and-al-bireh
283370|Kafr Malik|كفر مالك|||g=ramallah-and-al-bireh
284071|Deir Istiya|دير استيا|||g=salfit
283055|Kifl Haris|كفل حارس|||g=salfit
283735|Haris|حارس|||c g=salfit
281295|Yasuf|ياسوف|||g=salfit
282872|Marda|مردا|||g=salfit
283469|Jayyus|جيوس|||g=qalqilya
282034|Salim|سالم|||c g=nablus
284343|Beit Dajan|بيت دجن|||g=nablus
283378|Kafr Dan|كفر دان|||g=jenin
7891511|Al-Karmil|الكرمل|||c g=hebron
284868|Artas|أرطاس|||g=bethlehem
281356|Wadi Fukin|وادي فوكين|||g=bethlehem
281623|Tayasir|تياسير|||g=tubas
285285|Aboud|عابود|||g=ramallah-and-al-bireh
282230|Rantis|رنتيس|||g=ramallah-and-al-bireh
281808|Shuqba|شقبا|||g=ramallah-and-al-bireh
283971|Faqqua|فقوعة|||g=jenin
284972|Anin|عانين|||g=jenin
281207|Zububa|زبوبا|||g=jenin
282119|Rummana|رمانة|||c g=jenin
283444|Al-Judeida|الجديدة||Al-Judeida (Jenin)|c g=jenin
283351|Kafr Thulth|كفر ثلث|||g=qalqilya
285103|Al-Fandaqumiya|الفندقومية|||g=jenin
284054|Deir Sharaf|دير شرف|||g=nablus
284334|Beit Iba|بيت إيبا|||g=nablus
281982|Sarra|صرة|||g=nablus
# Israeli settlements (GeoNames files Ariel and Modiin Illit under IL)
8199386|Giv'at Ze'ev|جفعات زئيف||Givat Zeev|
283991|Efrat|أفرات|إفرات|Efrata|
8199420|Oranit|أورانيت|||
8199394|Ariel|أرئيل|أريئيل;أريئل||cc=PSE
8199378|Modiin Illit|موديعين عيليت||Modi'in Illit|cc=PSE
`;

export const IL = `
294801|Haifa|حيفا|||
295629|Ashdod|أسدود|أشدود||
293703|Rishon LeZion|ريشون لتسيون|ريشون ليتسيون;ريشون لتسيون|Rishon LeTsiyon|
293918|Petah Tikva|بتاح تكفا|بيتح تكفا;بيتاح تكفا|Petah Tiqwa|
295530|Beersheba|بئر السبع||Be'er Sheva|
294071|Netanya|نتانيا|ناتانيا||
294751|Holon|حولون|||
295514|Bnei Brak|بني براك|||
293725|Rehovot|رحوفوت|رحوبوت||
295548|Bat Yam|بات يام|||
293788|Ramat Gan|رمات غان|رامات غان||
295620|Ashkelon|عسقلان|أشكلون|Ashqelon|
293253|Jaffa|يافا||Yafo|
282926|Modiin|موديعين|موديعين مكابيم رعوت|Modi'in-Maccabim-Re'ut|
294778|Herzliya|هرتسليا|||
294514|Kfar Saba|كفار سابا|كفر سابا||
293807|Ra'anana|رعنانا|||
294946|Hadera|الخضيرة|حاديرا||
295432|Beit Shemesh|بيت شيمش|||
294421|Lod|اللد|لود|Lydda|
294098|Nazareth|الناصرة|||
293768|Ramla|الرملة|||c
294117|Nahariya|نهاريا|||
293845|Kiryat Ata|كريات آتا|كريات أتا||
294999|Givatayim|جفعاتايم|||
293842|Kiryat Gat|كريات غات|||
295721|Acre|عكا||Akko|
295277|Eilat|إيلات|أم الرشراش||
295740|Afula|العفولة|||
294577|Karmiel|كرميئيل|كرمئيل||
294760|Hod HaSharon|هود هشارون|||
293286|Umm al-Fahm|أم الفحم|||
294097|Nof HaGalil|نوف هجليل|الناصرة العليا;نتسيرت عيليت|Nazareth Illit;Upper Nazareth|
293322|Tiberias|طبريا|||
293831|Kiryat Motzkin|كريات موتسكين|||
293822|Kiryat Yam|كريات يام|||
293690|Rosh HaAyin|روش هعين|||
294074|Ness Ziona|نيس تسيونا|||
293844|Kiryat Bialik|كريات بياليك|||
293783|Ramat HaSharon|رمات هشارون|||
295328|Dimona|ديمونا|||
295130|Tayibe|الطيبة||Taibe|c id=tayibe
293962|Or Yehuda|أور يهودا|||
10227184|Yehud-Monosson|يهود مونوسون||Yehud|
293100|Safed|صفد||Tzfat|
295064|Gedera|جديرا|||
293426|Tamra|طمرة|||
295365|Daliyat al-Karmel|دالية الكرمل|||
294210|Migdal HaEmek|مجدال هعيمق|||
293655|Sakhnin|سخنين|||
294068|Netivot|نتيفوت|||
294245|Mevaseret Zion|مفسيرت تسيون|||
293992|Ofakim|أوفاكيم|||
295657|Arad|عراد|||
293825|Kiryat Shmona|كريات شمونة|كريات شمونا|Qiryat Shemona|
294492|Kfar Yona|كفار يونا|||
293420|Ma'alot-Tarshiha|معالوت ترشيحا|||
294078|Nesher|نيشر|||
295127|Tira|الطيرة|||
8428283|Shoham|شوهام|||
293619|Sderot|سديروت||Sederot|
8184212|Rahat|رهط|||c
293308|Tirat Carmel|طيرة الكرمل|||
294387|Maghar|المغار|||c
294981|Giv'at Shmuel|جفعات شموئيل|||
294610|Kafr Kanna|كفر كنا|||
294622|Judeida-Makr|الجديدة المكر|||
294604|Kafr Qasim|كفر قاسم|||
293896|Qalansawe|قلنسوة|||c
295435|Beit She'an|بيسان|بيت شآن||
295584|Azor|أزور|||
295089|Ganei Tikva|جاني تكفا|||
295174|Reineh|الرينة|||
295122|Even Yehuda|إيفن يهودا|||
294608|Kafr Manda|كفر مندا|||
`;
