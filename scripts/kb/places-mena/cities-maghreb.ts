// Morocco, Algeria, Tunisia (format: see cities-sy.ts).
export const MA = `
2553604|Casablanca|الدار البيضاء||Dar el Beida|
2548885|Fez|فاس||Fès|c
2537763|Sale|سلا||Salé|
2542997|Marrakesh|مراكش||Marrakech|
2561668|Agadir|أكادير|أغادير||
2530335|Tangier|طنجة||Tanger|
2542715|Meknes|مكناس|||
2540483|Oujda|وجدة||Oujda-Angad|
2558545|Al Hoceima|الحسيمة|||
2544571|Kenitra|القنيطرة||Kénitra|
2528910|Tetouan|تطوان|||
2529013|Temara|تمارة|||
2537881|Safi|آسفي|||c
10920963|Sale Al Jadida|سلا الجديدة|||
2542051|Mohammedia|المحمدية|||
2544248|Khouribga|خريبكة|||
2555745|Beni Mellal|بني ملال|||
2550078|El Jadida|الجديدة|||c
2529317|Taza|تازة|||
2541479|Nador|الناظور|||
2537406|Settat|سطات|||
2543549|Larache|العرائش|||c
2544001|Ksar El Kebir|القصر الكبير|||c
2558470|Khemisset|الخميسات|||
2548526|Guelmim|كلميم|||
2556272|Berrechid|برشيد|||
7280528|Errachidia|الرشيدية|||
2540689|Oued Zem|وادي زم|||
2548830|Fquih Ben Salah|الفقيه بن صالح|||
2530048|Taourirt|تاوريرت|||
2555467|Berkane|بركان|||c
2532945|Sidi Slimane|سيدي سليمان|||
2533191|Sidi Kacem|سيدي قاسم|||
2544333|Khenifra|خنيفرة|||
2546917|Ifrane|إفران|||
2529649|Taroudant|تارودانت|||
2549263|Essaouira|الصويرة|||
2528659|Tiflet|تيفلت|||
2539134|Oulad Teima|أولاد تايمة|||
2537545|Sefrou|صفرو|||
2526488|Youssoufia|اليوسفية|||
2530241|Tan-Tan|طانطان|||
2540810|Ouazzane|وزان|||c
2548489|Guercif|جرسيف|||
2540850|Ouarzazate|ورزازات|||
2527089|Tiznit|تيزنيت|||
2548818|Fnideq|الفنيدق|||
2556464|Azrou|أزرو|||
2542227|Midelt|ميدلت|||
2562055|Skhirat|الصخيرات|||
2532394|Souk El Arbaa|سوق الأربعاء الغرب|||
2545017|Jerada|جرادة|||c
2544720|Kasba Tadla|قصبة تادلة|||
2536074|Sidi Bennour|سيدي بنور|||
2550898|Imzouren|إمزورن|||
`;

export const DZ = `
2474141|Boumerdes|بومرداس|||
2485926|Oran|وهران|||
2477461|Tebessa|تبسة|||
2501152|Constantine|قسنطينة|||
2503826|Biskra|بسكرة|||
2481700|Setif|سطيف|||
2505572|Batna|باتنة|||
2505854|Bab Ezzouar|باب الزوار|||
2506999|Annaba|عنابة|||
2481007|Sidi Bel Abbes|سيدي بلعباس|سيدي بل عباس||
2503769|Blida|البليدة|||
2476897|Tiaret|تيارت|||
2498611|Chlef|الشلف|||
2503701|Bordj Bou Arreridj|برج بوعريريج|||
2498954|Chettia|الشطية|||
2505329|Bejaia|بجاية|||
2479536|Skikda|سكيكدة|||
2498766|El Achir|العش|||c
2479215|Souk Ahras|سوق أهراس|||
2500017|Djelfa|الجلفة|||
2490098|Mascara|معسكر|||c
2492913|Jijel|جيجل|||
2488835|Medea|المدية|||c
2475744|Tizi Ouzou|تيزي وزو|||
2505530|Bechar|بشار|||c
2497411|El Oued|الوادي|||c
2475687|Tlemcen|تلمسان|||
2483668|Relizane|غليزان|||
2487134|Mostaganem|مستغانم|||
2485801|Ouargla|ورقلة|||
2498392|El Eulma|العلمة|||
2482572|Saida|سعيدة|||c
2495662|Guelma|قالمة|||
2503661|Bordj El Kiffan|برج الكيفان|||
2507972|Ain Oussera|عين وسارة|||
2491889|Khenchela|خنشلة|||
2491191|Laghouat|الأغواط|||
2508287|Ain Beida|عين البيضاء||Aïn Beïda|
2505653|Baraki|براقي|||
2484620|Oum El Bouaghi|أم البواقي|||
2486690|M'Sila|المسيلة|||
2487772|Messaad|مسعد|||c
2505629|Barika|بريكة|||
2496049|Ghardaia|غرداية|||
2504622|Beni Mered|بني مراد|||
2508737|Aflou|آفلو|||
2497849|El Khroub|الخروب|||c
2482886|Rouissat|الرويسات|||
2504099|Berrouaghia|البرواقية|||
2491323|Ksar El Boukhari|قصر البخاري|||
2491911|Khemis Miliana|خميس مليانة|||
2505915|Azzaba|عزابة|||
2478216|Tamanrasset|تمنراست|||
2507877|Ain Touta|عين التوتة|||
2501404|Cheria|الشريعة|||c
2503847|Birkhadem|بئر خادم|||
2501541|Chelghoum Laid|شلغوم العيد|||
2481246|Sidi Aissa|سيدي عيسى|||
2491050|Larbaa|الأربعاء|||c
2487452|Mila|ميلة|||c
2503878|Bir El Ater|بئر العاتر|||
2479247|Sougueur|السوقر|||
2508102|Ain Fakroun|عين فكرون|||
2475612|Tolga|طولقة|||
2497060|Es Senia|السانية|||c
2503874|Bir El Djir|بئر الجير|||
2507646|Akbou|أقبو|||
2498543|El Bayadh|البيض|||c
2480368|Sidi Khaled|سيدي خالد|||
2507943|Ain Sefra|عين الصفراء|||
2496232|Frenda|فرندة|||
2503147|Bougara|بوقرة|||
2494610|Hamma Bouziane|حامة بوزيان|||
2483746|Reguiba|الرقيبة|||
2475860|Tissemsilt|تيسمسيلت|||
2488722|Meftah|مفتاح|||c
2485582|Oued Rhiou|وادي رهيو|||
2503181|Boufarik|بوفاريك|||
2479609|Sig|سيق|||
2491335|Ksar Chellala|قصر الشلالة|||
2479966|Sidi Moussa|سيدي موسى|||
2507901|Ain Temouchent|عين تموشنت|||
2483936|Ras El Oued|رأس الوادي|||
2491134|Lakhdaria|الأخضرية|||
2499055|Drean|الذرعان|||
2483757|Reghaia|الرغاية|||
2503755|Boghni|بوغني|||
2500904|Dar Chioukh|دار الشيوخ|||
2482090|Sedrata|سدراتة|||
2494029|Hassi Messaoud|حاسي مسعود|||
2500282|Djamaa|جامعة|||c
2502958|Bouira|البويرة|||
2490183|Mansourah|المنصورة||Mansourah (Tlemcen)|
2508228|Ain Defla|عين الدفلى|||
2477255|Teleghma|تلاغمة|||
2483649|Remchi|الرمشي|||
2503852|Birine|بيرين|||
2479161|Sour El Ghozlane|سور الغزلان|||
2487620|Metlili|متليلي|متليلي الشعانبة|Metlili Chaamba|
2491913|Khemis El Khechna|خميس الخشنة|||
2476403|Timimoun|تيميمون|||
2493222|In Salah|عين صالح|||
2475475|Touggourt|تقرت|||
2487882|Merouana|مروانة|||
2498183|El Hadjar|الحجار|||c
2504581|Beni Saf|بني صاف|||
2476301|Tindouf|تندوف|||
2508119|Ain El Turk|عين الترك|||
2503229|Boudouaou|بودواو|||
2504110|Berriane|بريان|||
2485618|Oued Fodda|وادي الفضة|||
2503468|Bouarfa|بوعرفة||Bou Arfa|
2508813|Adrar|أدرار|||
2498590|El Attaf|العطاف|||
2498752|El Affroun|العفرون|||
2508157|Ain El Hadjel|عين الحجل|||
2493918|Hennaya|الحناية|||
2477528|Tazoult|تازولت|||
2499104|Draa El Mizan|ذراع الميزان|||
2476396|Timizart|تيميزار|||
2482211|Sebdou|سبدو|||
2477462|Tebesbest|تبسبست|||
2479183|Souma|الصومعة|||c
2506043|Azazga|عزازقة|||
2482939|Rouached|رواشد|||
2493956|Heliopolis|هيليوبوليس||Héliopolis (Guelma)|
2476028|Tipaza|تيبازة|||
2486523|Naama|النعامة|||c
2493456|Illizi|إليزي|||
2497323|El Tarf|الطارف|||
`;

export const TN = `
2467454|Sfax|صفاقس|||
2464915|Sousse|سوسة|||c
2473449|Kairouan|القيروان|||
2472706|Bizerte|بنزرت|||
2468369|Gabes|قابس|||
2473247|Ariana|أريانة|||
2473457|Kasserine|القصرين|||
2468353|Gafsa|قفصة|||
2470656|La Goulette|حلق الوادي|||
2470173|Zarzis|جرجيس|||
2472479|Ben Arous|بن عروس|||
2473493|Monastir|المنستير|||
2473499|Mohamedia|المحمدية||La Mohammedia|id=mohamedia
2473540|La Marsa|المرسى|||c
2469140|Msaken|مساكن|||c
2467246|Skanes|سقانص|||
2470384|Houmt Souk|حومة السوق|||
2464701|Tataouine|تطاوين|||
2473747|El Hamma|الحامة|||
2469473|Medenine|مدنين|||
2472774|Beja|باجة|||
2468579|Nabeul|نابل|||
2473744|Hammamet|الحمامات|||c
2470088|Jendouba|جندوبة|||
2473634|El Kef|الكاف|||c
2470588|Hammam-Lif|حمام الأنف|||
2464168|Oued Ellil|وادي الليل|||
2469264|Menzel Bourguiba|منزل بورقيبة|||
2473572|Mahdia|المهدية|||
2467815|Rades|رادس|||
2467959|Kelibia|قليبية|||
2465840|Sidi Bouzid|سيدي بوزيد|||
2473517|Metlaoui|المتلوي|||
2464041|Zaghouan|زغوان|||
2464648|Tozeur|توزر|||
2465030|Siliana|سليانة|||
2468018|Kebili|قبلي|||c
2469274|Manouba|منوبة|||
`;
