// Iraq (format: see cities-sy.ts).
export const IQ = `
99532|Basra|البصرة||Basrah|
99072|Mosul|الموصل||Al-Mawsil|
95446|Erbil|أربيل|هولير|Arbil;Hewler|
100077|Abu Ghraib|أبو غريب||Abu Ghurayb|np
98463|Sulaymaniyah|السليمانية||Slemani;Sulaimaniya|
94787|Kirkuk|كركوك|||
98860|Najaf|النجف||An Najaf|
94824|Karbala|كربلاء||Kerbala|
98854|Nasiriyah|الناصرية||An Nasiriyah|
99608|Amarah|العمارة||Al-Amarah|c
99762|Diwaniyah|الديوانية||Ad Diwaniyah|
99131|Kut|الكوت||Al-Kut|
99347|Hillah|الحلة||Al-Hillah|c
96994|Duhok|دهوك||Dohuk;Dahuk|
98717|Ramadi|الرمادي||Ar Ramadi|c
99454|Fallujah|الفلوجة||Al-Fallujah|
91597|Samarra|سامراء|||
98530|Samawah|السماوة||As-Samawah|
97990|Baqubah|بعقوبة||Baquba|c
96961|Soran|سوران||Diana|
98245|Al-Zubayr|الزبير||Az Zubayr;Zubair|c
99135|Kufa|الكوفة||Al-Kufah|
89824|Umm Qasr|أم قصر|||
99446|Al-Faw|الفاو||Fao|
89570|Zakho|زاخو||Zaxo|
98622|Al-Shatrah|الشطرة||Ash Shatrah|
99350|Al-Hayy|الحي|||c
97417|Chamchamal|جمجمال||Jamjamal|
99169|Al-Khalis|الخالص||Khalis|c
90026|Tuz Khurmatu|طوز خورماتو|طوزخورماتو|Tozkhurmato;Tuz Khormato|
98629|Al-Shamiyah|الشامية|||c
99344|Al-Hindiyah|الهندية||Hindiya|c
96205|Halabja|حلبجة|||g=halabja
99062|Muqdadiyah|المقدادية||Al-Miqdadiyah|
92430|Qaraqosh|قرقوش|الحمدانية;بغديدا|Al-Hamdaniya;Bakhdida|
98685|Rumaitha|الرميثة||Ar Rumaythah|
94220|Koya|كويسنجق|كويه|Koysinjaq;Koysinceq|
99548|Al-Aziziyah|العزيزية||Aziziyah|
99039|Al-Musayyib|المسيب||Musayyib|
90150|Tikrit|تكريت|||
98459|Al-Suwaira|الصويرة||As Suwayrah|
98112|Balad|بلد|||c
448149|Sinjar|سنجار|شنكال|Shingal|
99010|Al-Qasim|القاسم||Imam Qasim|c
97783|Baiji|بيجي||Bayji|
95788|Hit|هيت||Heet|
96309|Haditha|حديثة|||c
99434|Ghammas|غماس|||
91812|Saddat al-Hindiyah|سدة الهندية|||
94298|Kifri|كفري|||
93709|Mandali|مندلي|||
98012|Penjwen|بنجوين||Penjwin;Baynjiwayn|
6765385|Anah|عنه|عانة|Ana|c
99759|Al-Dujail|الدجيل||Ad Dujayl|
97825|Batifa|باطوفة|||
90353|Tel Kaif|تلكيف|تل كيف|Tall Kayf;Tel Keppe|
99060|Al-Mishkhab|المشخاب|||
98822|Akre|عقرة||Aqrah;Akra|
92002|Rawanduz|راوندوز||Rwanduz|
98589|Al-Shinafiyah|الشنافية|||
98677|Rutba|الرطبة||Ar Rutbah|c
99738|Afak|عفك|||
99439|Al-Fuhud|الفهود|||c
99306|Ali al-Gharbi|علي الغربي|||c
# district and sub-district seats
92004|Rawa|راوة||Rawah|
92138|Al-Qaim|القائم|||c
95886|Al-Haqlaniyah|الحقلانية|||
98993|Al-Qurnah|القرنة||Qurna|
99106|Al-Madinah|المدينة||Al-Madina (Basra)|c id=madinah-basra
100050|Abu al-Khasib|أبو الخصيب|||
98533|Al-Salman|السلمان|||c
99375|Al-Hamzah|الحمزة|||c
91283|Sayid Sadiq|سيد صادق||Said Sadiq|
92052|Ranya|رانية||Raniyah|
92436|Qaradagh|قرداغ|||
92615|Qaladze|قلعة دزة||Qala Diza|
93562|Mawat|ماوت|||
95005|Kalar|كلار|||
96953|Dukan|دوكان||Dokan|
97329|Chwarta|جوارتا|||
384945|Darbandikhan|دربندخان|||
99103|Al-Mahawil|المحاويل|||
99357|Al-Hashimiyah|الهاشمية|||c
98403|Tarmiyah|الطارمية|||
99100|Mahmudiyah|المحمودية||Al-Mahmudiyah|
89482|Zawita|زاويتة|||
90532|Semel|سميل||Sumel|
97145|Derkar|دركار|||
98069|Bamarni|بامرني|||
99611|Amadiya|العمادية||Al-Amadiyah;Amedi|
6998238|Ibrahim Khalil|إبراهيم الخليل||Ibrahim al-Khalil|c
90510|Suq al-Shuyukh|سوق الشيوخ|||
97478|Al-Chibayish|الجبايش||Chibayish|
98699|Al-Rifai|الرفاعي|||c
94591|Khanaqin|خانقين|||
98109|Balad Ruz|بلدروز|بلد روز||
91083|Shaqlawa|شقلاوة|||
93455|Mergasur|ميركسور|||
93818|Makhmur|مخمور|||c
95804|Hiran|هيران|||
96833|Khabat|خبات|||
98156|Bahirka|بحركة|||
98304|Ankawa|عنكاوا||Ainkawa|
446174|Qushtepe|قوشتبة||Qushtapa|
446185|Daratu|دارتو|||
446208|Kasnazan|كسنزان|||
447741|Choman|جومان|||
90831|Ain al-Tamr|عين التمر|||
90220|Daquq|داقوق|||
95224|Al-Abbasi|العباسي|||c
97001|Dibis|دبس|||c
98697|Al-Riyadh|الرياض||Al-Riyadh (Kirkuk)|c id=riyadh-kirkuk
390188|Hawija|الحويجة||Al-Hawijah|
92537|Qalat Salih|قلعة صالح|||
99070|Al-Maimuna|الميمونة|||c
99182|Al-Kahla|الكحلاء|||
7374646|Ali al-Sharqi|علي الشرقي|||c
90393|Tal Afar|تلعفر|تل عفر|Tall Afar|
98293|Shekhan|الشيخان|عين سفني|Ain Sifni|c
99003|Qayyarah|القيارة|||
99413|Al-Hadr|الحضر||Hatra|c
99524|Al-Baaj|البعاج|||
98198|Badra|بدرة|||
98846|Al-Numaniyah|النعمانية|||
99834|Al-Manathera|المناذرة|||
91057|Shirqat|الشرقاط||Ash Sharqat|
99560|Al-Awja|العوجة|||c
99768|Al-Dour|الدور|||c
`;
