// Syria. One line per town: GeoNames id | English | Arabic (news spelling) | Arabic variants ; … | English variants ; … | flags
// flags: c = the name alone is an everyday word (matched only with evidence); np = drop the population;
//        g=<slug> = parent region:<cc>-<slug>; id=<slug> = id slug; cc=<ISO3> = country override.
export const SY = `
170063|Aleppo|حلب||Halab|
169577|Homs|حمص|||
170017|Hama|حماة||Hamah|
173576|Latakia|اللاذقية||Lattakia;Al-Ladhiqiyah|
170794|Deir ez-Zor|دير الزور|ديرالزور|Deir al-Zour;Deir Ezzor|
172955|Raqqa|الرقة||Ar-Raqqah;Rakka|
174018|Al-Bab|الباب|||c
169389|Idlib|إدلب||Idleb|
170592|Douma|دوما||Duma|
167357|Manbij|منبج||Menbij|
170905|Daraa|درعا||Deraa;Dar'a|
164947|Salamiyah|السلمية||Salamieh;Salamiyeh|c
163345|Tartus|طرطوس||Tartous|
172374|Tabqa|الطبقة||Al-Thawrah;Al-Tabqa;Madinat al-Thawra|c
173811|Al-Hasakah|الحسكة||Hasakah;Hasaka|
170892|Darayya|داريا||Daraya|
172082|Azaz|أعزاز|إعزاز|A'zaz|
169304|Jableh|جبلة||Jablah;Jabla|
172503|Al-Safira|السفيرة||As-Safirah|c
172408|As-Suwayda|السويداء||Suwayda;Sweida|
174448|Abu Kamal|البوكمال|أبو كمال;البو كمال|Al-Bukamal;Albu Kamal|
172349|Al-Tall|التل||At Tall;Al-Tal|c
173480|Al-Mayadin|الميادين||Mayadin;Mayadeen|c
172946|Al-Rastan|الرستن||Rastan|
163808|Palmyra|تدمر||Tadmur;Tadmor|c
172256|Kobani|عين العرب|كوباني|Ayn al-Arab;Ain al-Arab;Kobane|
173193|Al-Nabk|النبك||An Nabk;Nebek|
168325|Khan Shaykhun|خان شيخون||Khan Sheikhoun|
174186|Afrin|عفرين||Efrin|
168661|Kafr Nabl|كفرنبل|كفر نبل|Kafranbel|
169372|Arbin|عربين||Irbin|
173322|Al-Qusayr|القصير||Qusayr;Al-Qusair|c
162627|Yabroud|يبرود||Yabrud|
169023|Jisr al-Shughur|جسر الشغور||Jisr ash-Shughur|
171830|Baniyas|بانياس||Banias|
163779|Talbiseh|تلبيسة||Tallbisah;Talbisa|
169897|Harasta|حرستا|||
173334|Quneitra|القنيطرة||Al-Qunaytirah|
163811|Tadef|تادف||Tadif|
164816|Saraqib|سراقب|||
169113|Jayrud|جيرود||Jirud|
167046|Masyaf|مصياف|||
167605|Maarat Misrin|معرة مصرين|معرتمصرين|Ma'arrat Misrin|
173361|Al-Qaryatayn|القريتين||Qaryatayn|
164898|Salqin|سلقين|||
163806|Tafas|طفس|||
163915|Souran|صوران||Suran|id=souran-hama
171451|Binnish|بنش|||
165997|Jasim|جاسم||Jassem|c
163533|Talkalakh|تلكلخ|تل كلخ|Tall Kalakh;Tell Kalakh|
172059|Al-Zabadani|الزبداني||Zabadani;Az-Zabadani|
163270|Tayyibat al-Imam|طيبة الإمام|||
174506|Hajin|هجين|||c
169375|Inkhil|إنخل|||
170785|Deir Hafer|دير حافر||Dayr Hafir|
165060|Safita|صافيتا|||
164328|Al-Shaykh Maskin|الشيخ مسكين||Sheikh Miskin|
172469|Al-Sanamayn|الصنمين||As-Sanamayn|
163476|Tal Rifaat|تل رفعت||Tell Rifaat;Tall Rifat|
166331|Nubl|نبل|||c
164025|Subaykhan|صبيخان|||
169179|Jarablus|جرابلس||Jarabulus|
173819|Al-Hirak|الحراك||Al-Harak|c
173598|Al-Kiswah|الكسوة||Kiswah|c
170044|Halfaya|حلفايا|||
168629|Kafr Takharim|كفرتخاريم|كفر تخاريم||
174259|Al-Dana|الدانا||Ad Dana|
168620|Kafr Zita|كفرزيتا|كفر زيتا|Kafr Zayta|
168668|Kafr Laha|كفرلاها|كفر لاها||
170887|Al-Darbasiyah|الدرباسية||Darbasiyah|
166111|Qara|قارة||Qarah|c
165929|Qatana|قطنا|||
173312|Al-Qutayfah|القطيفة||Qutayfah|c
# Al-Hasakah governorate: district and sub-district seats
163434|Tell Tamer|تل تمر||Tall Tamr|
163568|Tell Hamis|تل حميس||Tall Hamis|
165509|Ras al-Ayn|رأس العين|سري كانيه;سري كانييه|Ras al-Ain;Serekaniye;Sere Kaniye|
165757|Al-Qahtaniyah|القحطانية|تربه سبي|Qahtaniyah;Tirbespi|
167208|Markadah|مركدة||Markada|
171410|Bir al-Hulw al-Wardiyah|بئر الحلو الوردية|||
172837|Al-Shaddadi|الشدادي|الشدادة|Shaddadi;Ash Shaddadah|
173230|Amuda|عامودا|عامودة|Amude|
173377|Qamishli|القامشلي|قامشلو|Al-Qamishli;Qamishlo|
173530|Al-Malikiyah|المالكية|ديريك|Derik;Malikiyah|
173711|Al-Jawadiyah|الجوادية||Jawadiyah;Chil Agha|
173797|Al-Hol|الهول||Al-Hawl|c
383661|Al-Yarubiyah|اليعربية||Ya'rubiyah;Tel Kocher|
421015|Al-Arishah|العريشة||Arishah|c
# Latakia governorate
164052|Slinfah|صلنفة||Slunfeh|
165637|Al-Qutaylibiyah|القطيلبية|||
165940|Qastal Maaf|قسطل معاف|||
166507|Al-Muzayraa|المزيرعة|||
167863|Kinsabba|كنسبا|||
167880|Rabia|ربيعة||Rabi'ah|c id=rabia-latakia
168519|Kessab|كسب||Kassab;Kesab|c
169135|Jobet Burghal|جوبة برغال|||
169873|Harf al-Musaytirah|حرف المسيترة|||
170483|Al-Fakhura|الفاخورة|||c
172157|Ain al-Tineh|عين التينة|||
172172|Ain Shiqaq|عين شقاق|||
172173|Ain al-Sharqiyah|عين الشرقية|||
172243|Ain al-Bayda|عين البيضاء|||
173364|Qardaha|القرداحة||Al-Qardahah|
173777|Al-Hanadi|الهنادي|||
173856|Al-Haffah|الحفة||Haffeh|
174012|Al-Bahluliyah|البهلولية|||
174262|Al-Daliyah|الدالية|||c
8609252|Bayt Yashut|بيت ياشوط|||
# Quneitra governorate
167167|Masada|مسعدة||Mas'adah|
168355|Khan Arnabah|خان أرنبة|||
# Raqqa governorate
4273|Al-Karamah|الكرامة|||c
163750|Tell Abyad|تل أبيض|كري سبي|Tall Abyad;Gire Spi|
164895|Suluk|سلوك|||c
167538|Maadan|معدان|||
169162|Al-Jurneyyeh|الجرنية||Al Jarniyah|
172134|Ain Issa|عين عيسى||Ayn Issa;Ain Aissa|
172511|Al-Sabkha|السبخة|||c
8559276|Al-Mansurah|المنصورة||Mansoura (Raqqa)|id=mansurah-raqqa
# As-Suwayda governorate
164626|Shahba|شهبا|||
164952|Salakhid|صلاخد|||
5174|Ariqa|عريقة|||
12795|Al-Sura al-Saghira|الصورة الصغيرة|||
164479|Shaqqa|شقا|||
164917|Salkhad|صلخد|||
167408|Malah|ملح|||c
170689|Dhibin|ذيبين|||
172441|Al-Mazraa|المزرعة|||c
173331|Al-Qurayya|القريا|||
173414|Al-Mushannaf|المشنف|||
173880|Al-Ghariyah|الغارية|||
# Daraa governorate
169341|Izra|إزرع||Izra'|
171126|Bosra|بصرى الشام|بصرى|Busra al-Sham;Bosra al-Sham|
163330|Tasil|تسيل|||
166365|Nawa|نوى|||c
166503|Al-Muzayrib|المزيريب|||
168120|Khirbet Ghazaleh|خربة غزالة|||
169017|Al-Jiza|الجيزة|||id=jiza-daraa
170325|Ghabaghib|غباغب|||
170959|Dael|داعل||Da'il|
172829|Al-Shajara|الشجرة|||c
173416|Al-Musayfirah|المسيفرة|||
173462|Al-Mismiyah|المسمية|||
# Deir ez-Zor governorate
162284|Muhasan|موحسن|||
166597|Al-Jalaa|الجلاء|||c
167899|Khasham|خشام|||
170691|Dhiban|ذيبان|||
172327|Al-Tibni|التبني|||c
172415|Al-Susah|السوسة|||c
173927|Al-Busayrah|البصيرة|||c
174036|Al-Asharah|العشارة|||
8308210|Al-Kasrah|الكسرة|||c
# Rif Dimashq governorate
170817|Deir al-Asafir|دير العصافير|||
167375|Maaloula|معلولا||Ma'loula;Maalula|
164083|Serghaya|سرغايا|||
164717|Saydnaya|صيدنايا||Sednaya|
164773|Sasa|سعسع||Sa'sa'|
164994|Sahnaya|صحنايا|||
165158|Al-Sabe Biyar|السبع بيار|||
165533|Rankous|رنكوس|||
166251|Qudsaya|قدسيا|||
166946|Mazraat Beit Jinn|مزرعة بيت جن|||
167558|Madaya|مضايا|||
168713|Kafr Batna|كفربطنا|كفر بطنا||
169174|Jaramana|جرمانا|||
169843|Harran al-Awamid|حران العواميد|||
170589|Al-Dumayr|الضمير|||c
170797|Deir Atiyah|دير عطية|||
171998|Babbila|ببيلا|||
172232|Ain al-Fijah|عين الفيجة|||
172487|Assal al-Ward|عسال الورد|||
172922|Al-Ruhaybah|الرحيبة|||
173178|Al-Nashabiyah|النشابية|||
173434|Al-Mulayhah|المليحة||Mleiha|c
173869|Al-Ghizlaniyah|الغزلانية|||
174239|Al-Dimas|الديماس|||
8419677|Al-Hajar al-Aswad|الحجر الأسود|||c
# Aleppo governorate
168724|Kafr Saghir|كفر صغير|||
163747|Tell al-Daman|تل الضمان|||
163913|Souran|صوران||Suran|id=souran-aleppo
164071|Sarrin|صرين|||
164159|Al-Shuyukh Tahtani|الشيوخ تحتاني|الشيوخ التحتاني||
164354|Sheikh al-Hadid|شيخ الحديد|||
164451|Sharran|شران|||
165428|Rasm al-Harmal|رسم الحرمل|رسم حرمل الإمام||
165571|Rajo|راجو|||
167080|Maskanah|مسكنة|||
167245|Marea|مارع||Mare'|
167577|Maabatli|معبطلي|||
167713|Kuweires Sharqi|كويرس شرقي|||
168351|Khanasir|خناصر|||
168422|Al-Khafsa|الخفسة|||
168478|Al-Ghandoura|الغندورة|||
169138|Al-Rai|الراعي|جوبان بيك|Chobanbey;Tchoban Bey|c
169190|Jinderes|جنديرس||Jindires|
169858|Huraytan|حريتان||Hreitan|
170137|Al-Hadir|الحاضر|||c
170857|Darat Izza|دارة عزة|||
171212|Bulbul|بلبل|||c
171851|Banan|بنان|||c
172045|Al-Zirbah|الزربة|||
173852|Al-Hajib|الحاجب|||c
174030|Al-Atarib|الأتارب||Atarib|
174043|Al-Arimah|العريمة|||
174115|Akhtarin|أخترين|||
174407|Abu Qalqal|أبو قلقل|||
# Hama governorate
166640|Morek|مورك||Murak|
9847679|Al-Tremseh|التريمسة||Tremseh|
2960|Ain Halaqim|عين حلاقيم|||
162706|Wadi al-Uyun|وادي العيون|||
162803|Uqayribat|عقيربات|||
163470|Tell Salhab|تل سلحب|||
163921|Al-Suqaylabiyah|السقيلبية||Suqaylabiyah|
164398|Shatha|شطحة|||
165143|Sabburah|صبورة|||c
166227|Qalaat al-Madiq|قلعة المضيق|||
166742|Mhardeh|محردة||Muhradah|
167739|Karnaz|كرناز|||
168917|Jubb Ramlah|جب رملة|||
169886|Harbnafsa|حربنفسه||Harbinafsah|
171757|Barri al-Sharqi|بري الشرقي|||
172027|Al-Ziyarah|الزيارة|||c
172308|Awaj|عوج|||c
172515|Al-Saan|السعن|||
173830|Al-Hamraa|الحمراء|||c
# Homs governorate
173311|Al-Ghantu|الغنطو|||
166719|Mukharram al-Fawqani|المخرم الفوقاني|||
163596|Taldou|تلدو|||
164261|Shin|شين|||c
165109|Sadad|صدد|||c
165303|Al-Riqama|الرقامة|||
167488|Mahin|مهين|||c
168052|Khirbet Tin Nur|خربة تين نور|||
168098|Al-Qabu|القبو|||c
168972|Jubb al-Jarrah|جب الجراح|||
169557|Hisyah|حسياء||Hasya|
170136|Hadidah|حديدة|||c
170340|Al-Furqlus|الفرقلس|||
172425|Al-Sukhnah|السخنة|||c id=sukhnah-homs
173606|Al-Nasirah|الناصرة|||id=nasirah-homs
173802|Al-Hawash|الحواش|||
7891616|Ain al-Nasr|عين النسر|||
# Idlib governorate
163799|Taftanaz|تفتناز|||
164094|Sinjar|سنجار||Sinjar (Idlib)|id=sinjar-idlib
164782|Sarmin|سرمين|||
166757|Muhambal|محمبل|||
167611|Maarat al-Numan|معرة النعمان||Ma'arrat al-Nu'man|
169563|Heesh|حيش||Hish|
169866|Harem|حارم||Harim|
170865|Darkush|دركوش|||
171494|Bdama|بداما|||
172347|Al-Tamanah|التمانعة||Al-Tamanaah|
172988|Armanaz|أرمناز|||
172994|Ariha|أريحا|||
173715|Al-Janudiyah|الجانودية|||
174144|Ihsim|إحسم|||
174611|Abu al-Duhur|أبو الظهور||Abu ad Duhur|
# Tartus governorate
170572|Al-Dreikish|الدريكيش||Duraykish|
163774|Talin|تالين|||
166158|Al-Qamsiyah|القمصية|||
167100|Mashta al-Helu|مشتى الحلو||Mashta al-Helou|
168102|Khirbet al-Maazah|خربة المعزة|||
168538|Ras al-Khashufah|رأس الخشوفة|||
168541|Al-Karimah|الكريمة|||c
168852|Junaynet Raslan|جنينة رسلان|||
169579|Himmin|حمين|||
169966|Hammam Wasel|حمام واصل|||
170517|Duwayr Raslan|دوير رسلان|||
171295|Brummanat al-Mashayikh|برمانة المشايخ|||
171501|Al-Rawda|الروضة|||c
172339|Al-Tawahin|الطواحين|||c
172432|Al-Sisniyah|السيسنية|||
172454|Al-Sawda|السودا|||c
172497|Al-Safsafah|الصفصافة|||c
172743|Al-Shaykh Badr|الشيخ بدر|||c
172880|Arwad|أرواد||Arwad Island|
173389|Al-Qadmus|القدموس||Qadmus|
173842|Al-Hamidiyah|الحميدية|||
173991|Al-Bariqiyah|البارقية|||
174057|Al-Annazah|العنازة|||
`;
