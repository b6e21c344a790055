// Gulf states, Sudan, Somalia, Djibouti, Comoros, Mauritania (format: see cities-sy.ts).
export const GULF = `
# Saudi Arabia
105343|Jeddah|جدة||Jiddah|c
104515|Mecca|مكة|مكة المكرمة|Makkah|
109223|Medina|المدينة المنورة||Madinah|
110336|Dammam|الدمام|||
107968|Taif|الطائف||Ta'if|
101628|Tabuk|تبوك|||
109353|Al-Kharj|الخرج|||c
107304|Buraydah|بريدة||Buraidah|
105072|Khamis Mushait|خميس مشيط|||
109571|Hofuf|الهفوف||Al-Hofuf|
109101|Al-Mubarraz|المبرز|||
106297|Hafar al-Batin|حفر الباطن|||
106281|Hail|حائل||Ha'il|c
103630|Najran|نجران|||
109435|Jubail|الجبيل||Al Jubayl|
110690|Abha|أبها|||
100425|Yanbu|ينبع|||c
109323|Khobar|الخبر||Al Khobar|c
108512|Arar|عرعر|||c
102527|Sakaka|سكاكا|||
105299|Jazan|جازان|جيزان|Jizan|
108648|Al-Qurayyat|القريات|||c
107797|Dhahran|الظهران|||
108927|Qatif|القطيف||Al Qatif|
109953|Al-Bahah|الباحة|||c
101554|Tarut|تاروت|||
103369|Bisha|بيشة||Qal'at Bishah|
108435|Al-Rass|الرس||Ar Rass|
410096|Al-Shafa|الشفا|||c
102318|Saihat|سيهات|||
109131|Al-Mithnab|المذنب|||c
109380|Khafji|الخفجي||Al Khafji|
110325|Al-Dawadmi|الدوادمي|||
102651|Sabya|صبيا|||
107781|Al-Zulfi|الزلفي|||
110619|Abu Arish|أبو عريش|||
102585|Safwa|صفوى|||
110250|Afif|عفيف|||c
103035|Rabigh|رابغ|||
102985|Rahimah|رحيمة|||c
101312|Turaif|طريف|||c
101631|Tabarjal|طبرجل|||
# United Arab Emirates
292223|Dubai|دبي|||
292672|Sharjah|الشارقة|||
292932|Ajman|عجمان|||
291074|Ras al-Khaimah|رأس الخيمة|||
12042053|Musaffah|مصفح|||
292878|Fujairah|الفجيرة|||
8057551|Khalifa City|مدينة خليفة|||
12042052|Bani Yas|بني ياس|||
291580|Madinat Zayed|مدينة زايد||Zayed City|
290594|Umm al-Quwain|أم القيوين|||
12047416|Al-Shamkha|الشامخة|||c
292913|Al-Ain|العين||Al Ain City|c
291696|Khor Fakkan|خورفكان|خور فكان||
# Kuwait
285839|Al-Ahmadi|الأحمدي|||
285629|Hawalli|حولي|||
285704|Salmiya|السالمية||As Salimiyah|
412800|Sabah al-Salem|صباح السالم|||c
285815|Farwaniya|الفروانية|||
285811|Fahaheel|الفحيحيل|||
285728|Al-Riqqa|الرقة||Ar Riqqah (Kuwait)|id=riqqa
285799|Al-Jahra|الجهراء|||
7329411|Mubarak al-Kabeer|مبارك الكبير|||c
# Qatar
289888|Al-Rayyan|الريان||Ar Rayyan|
289524|Umm Salal|أم صلال|أم صلال علي|Umm Salal Ali|
289739|Madinat al-Shamal|مدينة الشمال||Al Shamal|
289847|Al-Daayen|الظعاين|||
289877|Al-Shahaniya|الشحانية|الشيحانية||
289915|Al-Wakrah|الوكرة|||
289962|Al-Khor|الخور|||c
# Bahrain
290332|Muharraq|المحرق|||c
385038|Riffa|الرفاع|||
290269|Dar Kulaib|دار كليب|||
290247|Hamad Town|مدينة حمد|||
# Oman
288967|Seeb|السيب|||c
286621|Salalah|صلالة|||
288764|Bawshar|بوشر|||
286282|Sohar|صحار|||
288955|Al-Suwayq|السويق|||
287830|Ibri|عبري|||c
286647|Saham|صحم|||
288789|Barka|بركاء|بركا||
289011|Rustaq|الرستاق|||
289317|Al-Buraimi|البريمي|||
286987|Nizwa|نزوى|||
286245|Sur|صور||Sur (Oman)|c
288899|Bahla|بهلاء|بهلا||
289199|Al-Khaburah|الخابورة|||
286402|Shinas|شناص|||
286293|Samail|سمائل|||
287614|Khasab|خصب|||c
287832|Ibra|إبراء|||c
287939|Haima|هيماء|||
`;

export const AFRICA = `
# Sudan
365137|Omdurman|أم درمان|||
369004|Nyala|نيالا|||
377039|Port Sudan|بورتسودان|بور سودان||
372753|Kassala|كسلا|||c
379003|El Obeid|الأبيض||Al-Ubayyid|c
379062|Gedaref|القضارف||Al Qadarif|
371760|Kosti|كوستي|||
364103|Wad Madani|ود مدني|||
380148|Ed Daein|الضعين||El Daein|
379555|El Fasher|الفاشر||Al-Fashir|
366847|Singa|سنجة|||
380174|Ed Damazin|الدمازين||Ad-Damazin|
379303|Geneina|الجنينة||El Geneina|c
368277|Rabak|ربك|||c
367644|Sennar|سنار||Sinnar|
379149|Al-Manaqil|المناقل|||
8504621|Gereida|قريضة|||
378699|En Nahud|النهود|||c
378231|Atbara|عطبرة|||
380173|Ed Damer|الدامر|||
373141|Kadugli|كادقلي|||
380129|Ed Dueim|الدويم|||
364706|Umm Ruwaba|أم روابة|||
367308|Shendi|شندي|||
363417|Dongola|دنقلا|||
363533|Zalingei|زالنجي|||
11003055|El Fula|الفولة|||c
# Somalia
57289|Hargeisa|هرجيسا||Hargeysa|
64435|Berbera|بربرة|||c
55671|Kismayo|كيسمايو|||
54225|Merca|مركا||Marka|
56399|Jamame|جمامي|||
64536|Baidoa|بيدوا|||
63795|Burao|برعو|||
64013|Bosaso|بوصاصو|||
65785|Afgoye|أفغوي|||
59611|Galkayo|جالكعيو||Gaalkacyo|
400769|Las Anod|لاسعانود|لاس عانود|Laascaanood|
58933|Garowe|جاروي|غاروي|Garoowe|
64460|Beledweyne|بلدوين|||
52867|Qoryoley|قوريولي|||
56335|Jowhar|جوهر|||c
56166|Jilib|جلب|||c
65170|Bardera|بارديري||Baardheere|
49747|Xuddur|حدر||Hudur|
58994|Garbaharey|غربهاري|||
60928|Dusmareb|طوسمريب|دوسمريب|Dhuusamarreeb|
62691|Erigavo|عيرجابو||Ceerigaabo|
63949|Bu'aale|بوعالي|||
# Djibouti
225284|Ali Sabieh|علي صبيح|||
220782|Tadjourah|تاجورة|||
221527|Obock|أوبوك|||
223890|Dikhil|دخيل|||c
225037|Arta|عرتا|||
# Comoros
921753|Mutsamudu|موتسامودو||Moutsamoudou|
921889|Fomboni|فومبوني|||
# Mauritania
2377457|Nouadhibou|نواذيبو|||
2377539|Nema|النعمة||Néma|c
2378736|Kaedi|كيهيدي|||
2376898|Rosso|روصو|||
2378538|Kiffa|كيفة|||c
2375558|Zouerate|ازويرات|الزويرات||
2376193|Tidjikja|تجكجة|||
2376719|Selibaby|سيلبابي|||
2381291|Aioun|لعيون||Aioun el Atrouss|
2381334|Atar|أطار|||c
2381659|Aleg|ألاك|||
2381690|Akjoujt|أكجوجت|||
# Sahel: Mali, Niger, Chad, Burkina Faso
2451185|Sikasso|سيكاسو|||
2453348|Mopti|موبتي|||
2449067|Timbuktu|تمبكتو|تنبكتو|Tombouctou|
2450173|Taoudenni|تاوديني|||
2451478|Segou|سيغو||Ségou|
2453514|Menaka|ميناكا||Ménaka|
2454530|Koulikoro|كوليكورو|||
2455290|Kidal|كيدال|||
2455518|Kayes|كاي|||
2457163|Gao|غاو|جاو||
2437798|Zinder|زيندر|||
2441291|Maradi|مارادي|||
2448085|Agadez|أغاديز|أكاديز||
2438678|Tillaberi|تيلابيري||Tillabéri|
2439376|Tahoua|تاهوا|||
2445488|Dosso|دوسو|||
2445704|Diffa|ديفا|||
2447513|Arlit|أرليت|||
2427455|Moundou|موندو|||
2425791|Sarh|سار|||c
2429296|Lai|لاي||Laï|c
2429605|Koumra|كومرا|||
2432678|Faya-Largeau|فايا لارجو|فايا||
2433437|Doba|دوبا|||
2434910|Bongor|بونغور|||
2434979|Bol|بول|||c
2435976|Bardai|برداي|||
2436400|Ati|آتي|||c
9534257|Am Djarass|أم جرس|||
243787|Goz Beida|قوز بيضة|||
244128|Fada|فادا|||
244878|Biltine|بلتين|||
245338|Am Timan|أم تيمان|||
245785|Abeche|أبشة||Abéché|
2426240|Pala|بالا|||
2427336|Moussoro|موسورو|||
2427637|Mongo|مونغو|||
2428216|Massenya|ماسينيا|||
2428228|Massakory|ماساكوري|||
2428394|Mao|ماو|||c
2362344|Bobo-Dioulasso|بوبو ديولاسو|||
2353257|Ziniare|زينياري||Ziniaré|
2354675|Tenkodogo|تنكودوغو|||
2357043|Ouahigouya|واهيغويا|||
2358100|Manga|مانغا|||c
2358946|Koudougou|كودوغو|||
2359608|Kaya|كايا|||
2360886|Fada N'gourma|فادا نغورما|||
2361082|Dori|دوري|||c
2361477|Dedougou|ديدوغو||Dédougou|
2362909|Banfora|بانفورا|||
2361177|Djibo|جيبو|||
`;
