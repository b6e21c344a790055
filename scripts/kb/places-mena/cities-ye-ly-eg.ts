// Yemen, Libya, Egypt (format: see cities-sy.ts).
export const YE = `
79415|Hodeidah|الحديدة||Al Hudaydah;Hudaydah|
70225|Taiz|تعز||Ta'izz|
415189|Aden|عدن|||
78754|Mukalla|المكلا||Al Mukalla|
74477|Ibb|إب|||c
76184|Dhamar|ذمار|||
78428|Amran|عمران|||c
70979|Sayyan|سيان|||c
69500|Zabid|زبيد|||
71334|Saada|صعدة||Sa'dah|
77408|Bajil|باجل|||
75337|Hajjah|حجة|||c
76154|Dhi al-Sufal|ذي السفال|||
79836|Al-Bayda|البيضاء||Al Bayda (Yemen)|c
77726|Ataq|عتق|||c
76991|Bayt al-Faqih|بيت الفقيه|||
69559|Yarim|يريم|||
71273|Sahar|سحار|||
73560|Lahij|لحج||Lahej|
69426|Zinjibar|زنجبار|||
79455|Al-Hazm|الحزم|||c
72968|Marib|مأرب||Ma'rib|
79700|Al-Ghaydah|الغيضة||Al Ghaydah|
78977|Al-Mahwit|المحويت|||
80384|Al-Dhale|الضالع||Ad Dali';Dhalie|
401043|Al-Jabin|الجبين|||c
# district seats that reporting on the war names
73504|Lawdar|لودر|||
74368|Jaar|جعار||Ja'ar|
72557|Mudiyah|مودية|||
80105|Ahwar|أحور|||
73422|Al-Mualla|المعلا||Mualla|
73656|Crater|كريتر|||
73786|Khor Maksar|خور مكسر|||
77662|Al-Tawahi|التواهي||Tawahi|
77940|Sheikh Othman|الشيخ عثمان||Ash Shaykh Uthman|
78931|Al-Mansoura|المنصورة||Al-Mansoura (Aden)|id=mansoura-aden
79799|Al-Buraiqa|البريقة||Al Burayqah (Aden)|id=buraiqa-aden
30490|Al-Shihr|الشحر||Ash Shihr|
70160|Tarim|تريم|||
75618|Ghayl Ba Wazir|غيل باوزير|||
74785|Al-Abr|العبر|||c
77017|Bayhan|بيحان|||
72181|Nisab|نصاب|||c
75518|Habban|حبان|||
74906|Hays|حيس|||
77504|Al-Zuhrah|الزهرة|||c
77515|Al-Zaydiyah|الزيدية|||c
77655|Al-Tuhayta|التحيتا|||
77843|Al-Salif|الصليف|||
79050|Al-Luhayyah|اللحية|||c
79131|Al-Khawkhah|الخوخة|||c
79284|Al-Jarrahi|الجراحي|||
80309|Al-Durayhimi|الدريهمي|||
78929|Al-Mansuriyah|المنصورية|||
78909|Al-Marawiah|المراوعة|||
75163|Harad|حرض|||c
72752|Midi|ميدي||Maidi|
70357|Abs|عبس|||c
411056|Haydan|حيدان|||
73668|Kitaf|كتاف|||
8015577|Baqim|باقم|||
8534038|Majz|مجز|||
34703|Sirwah|صرواح|||
75133|Harib|حريب|||
71491|Rada'a|رداع||Rada'|
72519|Mukayras|مكيراس|||
71904|Qa'tabah|قعطبة|||
408866|Damt|دمت|||c
76089|Dhubab|ذباب|||c
72760|Mawza|موزع|||c
77646|Al-Turbah|التربة|||c
74185|Jiblah|جبلة||Jibla|id=jiblah
75427|Hadibu|حديبو||Hadiboh|
71799|Qalansiyah|قلنسية|||
73091|Manakhah|مناخة|||c
71005|Sayhut|سيحوت|||
74490|Huth|حوث|||
73861|Khamir|خمر|||c
71558|Raydah|ريدة|||
70677|Shibam Kawkaban|شبام كوكبان|||
`;

export const LY = `
88319|Benghazi|بنغازي|||
2214846|Misrata|مصراتة||Misurata|
2210221|Tarhuna|ترهونة|||
2219905|Al-Khums|الخمس||Khoms|c
2218970|Zawiya|الزاوية||Az Zawiyah|c
89113|Ajdabiya|أجدابيا|||
2219701|Al-Ajaylat|العجيلات|||
2212775|Sabha|سبها||Sebha|
2210554|Sirte|سرت||Surt|c
81302|Tobruk|طبرق|||
2208485|Zliten|زليتن|||
2212771|Sabratha|صبراتة|||
2210394|Tajoura|تاجوراء|تاجورا|Tagiura|
88903|Al-Marj|المرج|||c
2217362|Gharyan|غريان|||
87205|Derna|درنة||Darnah|
89055|Al-Bayda|البيضاء||Al Bayda (Libya)|c
2208791|Yafran|يفرن|||
2218840|Bani Walid|بني وليد|||
88562|Al-Taj|التاج|||c
2208425|Zuwara|زوارة||Zuwarah|
2214603|Murzuq|مرزق|||
2219235|Ubari|أوباري|||
2218478|Brak|براك|براك الشاطئ||c
2218963|Zintan|الزنتان|||
89087|Al-Abyar|الأبيار|||c
2209055|Waddan|ودان|||
2214433|Nalut|نالوت|||
2214827|Mizdah|مزدة|||
2210560|Surman|صرمان|||
88835|Al-Qubbah|القبة|||c
2217351|Ghat|غات|||
2215163|Msallata|مسلاتة|||
88834|Tocra|توكرة|||
88380|Zueitina|الزويتينة|||
2216645|Hun|هون|||c
2208655|Zaltan|زلطن|||
88962|Kufra|الكفرة||Al Jawf|
81604|Suluq|سلوق|||
# small towns that reporting names
8354477|Qasr Abu Hadi|قصر أبو هادي|||
2220309|Idri|إدري|||
80509|Al-Bardiya|البردية|||c
88967|Al-Jaghbub|الجغبوب|||
2216432|Jadu|جادو|||
2220139|Al-Aziziya|العزيزية|||
2215210|Brega|البريقة|مرسى البريقة|Marsa Brega|
88533|Awjila|أوجلة|||
86049|Jalu|جالو|||
2215282|Marada|مرادة|||
2217440|Ghadames|غدامس|||
2219739|Al-Qatrun|القطرون|||
`;

export const EG = `
361058|Alexandria|الإسكندرية||Iskandariyah|
360995|Giza|الجيزة|||
358619|Port Said|بورسعيد|بور سعيد||
359796|Suez|السويس|||
360829|El Mahalla El Kubra|المحلة الكبرى|المحلة||
360502|Luxor|الأقصر|||
359783|Asyut|أسيوط||Assiut|
360761|Mansoura|المنصورة||El Mansoura|
347497|Tanta|طنطا|||
361320|Faiyum|الفيوم||Fayoum|
359493|Zagazig|الزقازيق|||
361055|Ismailia|الإسماعيلية|||
354775|Kafr el-Dawwar|كفر الدوار|||
359792|Aswan|أسوان|||
350550|Qena|قنا|||
355795|Helwan|حلوان|||
358448|Damanhur|دمنهور|||
360686|Minya|المنيا||El Minya|
355628|Idku|إدكو||Edku|
347796|Sohag|سوهاج|||
7799991|New Cairo|القاهرة الجديدة|||
359173|Beni Suef|بني سويف|||
349158|Shibin El Kom|شبين الكوم|||
359280|Banha|بنها|||
347591|Talkha|طلخا|||
354502|Kafr El Sheikh|كفر الشيخ|||
352951|Mallawi|ملوي|||c
358172|Dikirnis|دكرنس|||
355635|Edfu|إدفو|||
358840|Bilbeis|بلبيس|||
361546|Arish|العريش||El Arish|
355026|Girga|جرجا|||
361179|Hawamdiyah|الحوامدية|||
358821|Bilqas|بلقاس|||
358108|Desouk|دسوق|||
362485|Abu Kabir|أبو كبير|||
350789|Qalyub|قليوب|||
361661|Akhmim|أخميم|||
360716|El Matareya|المطرية||El Matareya (Dakahlia)|
361291|Hurghada|الغردقة|||
346030|Zefta|زفتى|||
347634|Tahta|طهطا|||
349717|Samalut|سمالوط|||
358600|Bush|بوش|||c
356000|Hosh Issa|حوش عيسى|||
352354|Menouf|منوف|||
360048|Ashmoun|أشمون|||
352913|Manfalut|منفلوط|||
358048|Damietta|دمياط|||
354365|Kafr El Zayat|كفر الزيات|||
362004|Abu Tig|أبو تيج|||
355449|Esna|إسنا|||
362973|Abnub|أبنوب|||
360526|El Qusiya|القوصية|||
361029|El Gamaliya|الجمالية|||
358269|Dairut|ديروط|||
360923|Kharga|الخارجة||El Kharga|c
347236|Tukh|طوخ|||
360754|El Manzala|المنزلة|||c
350203|Rosetta|رشيد||Rashid|c
359576|Awsim|أوسيم|||
361329|El Fashn|الفشن|||
356806|Fuwwah|فوه|||c
356989|Faqous|فاقوس|||
360928|El Khanka|الخانكة|||
352733|Marsa Matruh|مرسى مطروح||Mersa Matruh|
360542|El Qurein|القرين|||c
362277|Abu Qurqas|أبو قرقاص|||
360773|El Mansha|المنشاة|||c
350422|Qus|قوص|||
353802|Kom Ombo|كوم أمبو|||
356945|Faraskur|فارسكور|||
359212|Beni Mazar|بني مزار|||
352344|Minyat El Nasr|منية النصر|||
349156|Shibin El Qanater|شبين القناطر|||
360615|El Qanater El Khayreya|القناطر الخيرية|||
358970|Basyoun|بسيون|||
349715|Samannud|سمنود|||
349114|Shirbin|شربين|||
358115|Deshna|دشنا|||
356933|Farshut|فرشوط|||
358095|Diyarb Negm|ديرب نجم|||
359710|El Tell El Kebir|التل الكبير|||
347612|Tala|تلا|||c
351434|Nag Hammadi|نجع حمادي|||
361435|El Balyana|البلينا|||
355648|Ibshaway|إبشواي|||
359953|El Shohada|الشهداء|||c
348112|Sidi Salem|سيدي سالم|||
354981|Juhayna|جهينة|||c
347542|Tamiya|طامية|||
352679|Mashtul El Souk|مشتول السوق|||
361213|El Hamoul|الحامول|||
7521348|Ain Sokhna|العين السخنة|||
355420|Itsa|إطسا|||
352628|Matay|مطاي|||
361478|El Badari|البداري|||
355939|Hihya|ههيا|||
360612|El Qanayat|القنايات|||
350370|Quesna|قويسنا|||
353219|6th of October City|مدينة السادس من أكتوبر|مدينة 6 أكتوبر|Sixth of October City|
362882|Abu El Matamir|أبو المطامير|||
358274|Deir Mawas|دير مواس|||
361827|El Delengat|الدلنجات|||
419435|El Zarqa|الزرقا||Ez Zarqa (Damietta)|c
359678|El Tor|الطور||Tor Sinai|c
`;
