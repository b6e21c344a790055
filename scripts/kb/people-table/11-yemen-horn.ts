// Yemen, Somalia, Djibouti, Comoros, 2010-2025. Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## heads of state and government
Ali Abdullah Saleh | علي عبد الله صالح |  |  |  | YEM | President of Yemen (1978-2012) (killed 2017) | الرئيس اليمني (1978-2012) (قتل 2017) |  |
Abdrabbuh Mansur Hadi | عبد ربه منصور هادي |  |  | عبد ربه | YEM | President of Yemen (2012-2022) | الرئيس اليمني (2012-2022) | Abd Rabbuh Mansour Hadi / Abdrabbo Mansour Hadi |
Rashad al-Alimi | رشاد العليمي | رشاد محمد العليمي |  |  | YEM | Chairman of the Presidential Leadership Council of Yemen (2022-) | رئيس مجلس القيادة الرئاسي اليمني (منذ 2022) |  |
Ali Mohammed Mujawar | علي محمد مجور |  |  |  | YEM | Prime Minister of Yemen (2007-2011) | رئيس الوزراء اليمني (2007-2011) |  |
Mohammed Basindawa | محمد سالم باسندوة | محمد باسندوة |  |  | YEM | Prime Minister of Yemen (2011-2014) | رئيس الوزراء اليمني (2011-2014) |  |
Khaled Bahah | خالد بحاح | خالد محفوظ بحاح |  |  | YEM | Prime Minister (2014-2016) and Vice President (2015-2016) of Yemen | رئيس الوزراء اليمني (2014-2016)، نائب الرئيس (2015-2016) |  |
Ahmed Obeid bin Daghr | أحمد عبيد بن دغر |  |  |  | YEM | Prime Minister of Yemen (2016-2018) | رئيس الوزراء اليمني (2016-2018) |  |
Maeen Abdulmalik | معين عبد الملك | معين عبد الملك سعيد |  |  | YEM | Prime Minister of Yemen (2018-2024) | رئيس الوزراء اليمني (2018-2024) | Maeen Abdulmalik Saeed |
Ahmad Awad bin Mubarak | أحمد عوض بن مبارك |  |  |  | YEM | Prime Minister (2024-2025) and Foreign Minister (2020-2024) of Yemen | رئيس الوزراء اليمني (2024-2025)، وزير الخارجية (2020-2024) |  |
Salem bin Breik | سالم بن بريك | سالم صالح بن بريك |  |  | YEM | Prime Minister of Yemen (2025-) | رئيس الوزراء اليمني (منذ 2025) |  |
Saleh al-Sammad | صالح الصماد | صالح علي الصماد |  |  | YEM | President of the Houthis' Supreme Political Council (2016-2018) (killed 2018) | رئيس المجلس السياسي الأعلى التابع للحوثيين (2016-2018) (قتل 2018) |  |
Mahdi al-Mashat | مهدي المشاط | مهدي محمد المشاط |  |  | YEM | President of the Houthis' Supreme Political Council (2018-) | رئيس المجلس السياسي الأعلى التابع للحوثيين (منذ 2018) |  |
Abdulaziz bin Habtour | عبد العزيز بن حبتور |  |  |  | YEM | Prime Minister of the Houthi-run government in Sanaa (2016-2024) | رئيس حكومة الحوثيين في صنعاء (2016-2024) |  |
Ahmed al-Rahawi | أحمد غالب الرهوي | أحمد الرهوي |  |  | YEM | Prime Minister of the Houthi-run government in Sanaa (2024-2025) (killed 2025) | رئيس حكومة الحوثيين في صنعاء (2024-2025) (قتل 2025) |  |
Sharif Sheikh Ahmed | شريف شيخ أحمد |  | - | شريف | SOM | President of Somalia (2009-2012) | الرئيس الصومالي (2009-2012) |  | 
Hassan Sheikh Mohamud | حسن شيخ محمود |  | - |  | SOM | President of Somalia (2012-2017, 2022-) | الرئيس الصومالي (2012-2017، ومنذ 2022) |  | 
Mohamed Abdullahi Farmaajo | محمد عبد الله فرماجو | محمد عبد الله محمد فرماجو |  |  | SOM | President (2017-2022) and Prime Minister (2010-2011) of Somalia | الرئيس الصومالي (2017-2022)، رئيس الوزراء (2010-2011) | Mohamed Abdullahi Mohamed / Farmajo |
Abdiweli Mohamed Ali | عبد الولي محمد علي | عبد الولي محمد علي غاس | - |  | SOM | Prime Minister of Somalia (2011-2012) | رئيس الوزراء الصومالي (2011-2012) | Abdiweli Gaas | 
Abdi Farah Shirdon | عبدي فارح شردون | عبدي فارح شيردون |  |  | SOM | Prime Minister of Somalia (2012-2013) | رئيس الوزراء الصومالي (2012-2013) |  |
Abdiweli Sheikh Ahmed | عبد الولي شيخ أحمد |  | - |  | SOM | Prime Minister of Somalia (2013-2014) | رئيس الوزراء الصومالي (2013-2014) |  | 
Omar Abdirashid Ali Sharmarke | عمر عبد الرشيد علي شرماركي | عمر عبد الرشيد شرماركي |  |  | SOM | Prime Minister of Somalia (2009-2010, 2014-2017) | رئيس الوزراء الصومالي (2014-2017) |  |
Hassan Ali Khaire | حسن علي خيري |  |  |  | SOM | Prime Minister of Somalia (2017-2020) | رئيس الوزراء الصومالي (2017-2020) |  |
Mohamed Hussein Roble | محمد حسين روبلي |  |  |  | SOM | Prime Minister of Somalia (2020-2022) | رئيس الوزراء الصومالي (2020-2022) |  |
Hamza Abdi Barre | حمزة عبدي بري |  |  |  | SOM | Prime Minister of Somalia (2022-) | رئيس الوزراء الصومالي (منذ 2022) |  |
Ismaïl Omar Guelleh | إسماعيل عمر جيله | إسماعيل عمر غيله |  |  | DJI | President of Djibouti (1999-) | رئيس جيبوتي (منذ 1999) | Ismail Omar Guelleh |
Dileita Mohamed Dileita | ديليتا محمد ديليتا | دليتا محمد دليتا |  | - | DJI | Prime Minister of Djibouti (2001-2013) | رئيس وزراء جيبوتي (2001-2013) |  | 
Abdoulkader Kamil Mohamed | عبد القادر كامل محمد |  | - |  | DJI | Prime Minister of Djibouti (2013-) | رئيس وزراء جيبوتي (منذ 2013) |  | 
Ahmed Abdallah Sambi | أحمد عبد الله سامبي | أحمد عبد الله محمد سامبي |  |  | COM | President of the Comoros (2006-2011) | رئيس جزر القمر (2006-2011) |  |
Ikililou Dhoinine | إكليل ظنين | إكليلو ظنين |  |  | COM | President of the Comoros (2011-2016) | رئيس جزر القمر (2011-2016) |  |
Azali Assoumani | غزالي عثماني | عثمان غزالي |  |  | COM | President of the Comoros (1999-2006, 2016-), chairman of the African Union (2023-2024) | رئيس جزر القمر (منذ 2016)، رئيس الاتحاد الأفريقي (2023-2024) |  |

## foreign and defence ministers
Abu Bakr al-Qirbi | أبو بكر القربي |  |  | - | YEM | Foreign Minister of Yemen (2001-2014) | وزير الخارجية اليمني (2001-2014) |  |
Riyadh Yassin | رياض ياسين | رياض ياسين عبد الله |  |  | YEM | Foreign Minister of Yemen (2015) | وزير الخارجية اليمني (2015) |  |
Abdulmalik al-Mikhlafi | عبد الملك المخلافي |  |  |  | YEM | Foreign Minister of Yemen (2015-2018) | وزير الخارجية اليمني (2015-2018) |  |
Khaled al-Yamani | خالد اليماني |  |  |  | YEM | Foreign Minister of Yemen (2018-2019) | وزير الخارجية اليمني (2018-2019) |  |
Shaya al-Zindani | شائع الزنداني | شائع محسن الزنداني |  |  | YEM | Foreign Minister of Yemen (2024-) | وزير الخارجية اليمني (منذ 2024) |  |
Hisham Sharaf | هشام شرف | هشام شرف عبد الله |  |  | YEM | Foreign Minister of the Houthi-run government in Sanaa (2016-2024) | وزير الخارجية في حكومة الحوثيين بصنعاء (2016-2024) |  |
Mahmoud al-Subaihi | محمود الصبيحي | اللواء محمود الصبيحي |  |  | YEM | Defence Minister of Yemen (2014-2015) | وزير الدفاع اليمني (2014-2015) |  |
Mohammed al-Maqdashi | محمد المقدشي | محمد علي المقدشي |  |  | YEM | Defence Minister of Yemen (2018-2022) | وزير الدفاع اليمني (2018-2022) |  |
Mohsen al-Daeri | محسن الداعري | محسن محمد الداعري |  |  | YEM | Defence Minister of Yemen (2022-) | وزير الدفاع اليمني (منذ 2022) |  |
Mahmoud Ali Youssouf | محمود علي يوسف |  | - |  | DJI | Foreign Minister of Djibouti (2005-2025), Chairperson of the African Union Commission (2025-) | وزير خارجية جيبوتي (2005-2025)، رئيس مفوضية الاتحاد الأفريقي (منذ 2025) |  | 

## politicians and public figures
Ali Mohsen al-Ahmar | علي محسن الأحمر | علي محسن صالح الأحمر |  |  | YEM | Vice President of Yemen (2016-2022), former commander of the First Armoured Division | نائب الرئيس اليمني (2016-2022)، قائد الفرقة الأولى مدرع سابقا |  |
Ahmed Ali Abdullah Saleh | أحمد علي عبد الله صالح | أحمد علي صالح |  |  | YEM | Son of Ali Abdullah Saleh, former commander of the Republican Guard | نجل الرئيس اليمني الأسبق علي عبد الله صالح، قائد الحرس الجمهوري سابقا |  |
Tareq Saleh | طارق صالح | طارق محمد عبد الله صالح |  |  | YEM | Leader of the National Resistance forces, member of the Presidential Leadership Council (2022-) | قائد قوات المقاومة الوطنية، عضو مجلس القيادة الرئاسي (منذ 2022) | Tariq Saleh |
Aidarus al-Zoubaidi | عيدروس الزبيدي | عيدروس قاسم الزبيدي |  |  | YEM | President of the Southern Transitional Council (2017-), member of the Presidential Leadership Council (2022-) | رئيس المجلس الانتقالي الجنوبي، عضو مجلس القيادة الرئاسي | Aidarous al-Zubaidi |
Hani bin Breik | هاني بن بريك |  |  |  | YEM | Vice President of the Southern Transitional Council | نائب رئيس المجلس الانتقالي الجنوبي |  |
Sultan al-Arada | سلطان العرادة |  |  |  | YEM | Governor of Marib, member of the Presidential Leadership Council (2022-) | محافظ مأرب، عضو مجلس القيادة الرئاسي |  |
Faraj al-Bahsani | فرج البحسني | فرج سالمين البحسني |  |  | YEM | Member of the Presidential Leadership Council (2022-), governor of Hadramawt (2017-2022) | عضو مجلس القيادة الرئاسي اليمني، محافظ حضرموت سابقا |  |
Abdulrahman al-Mahrami | عبد الرحمن المحرمي | أبو زرعة المحرمي |  |  | YEM | Commander of the Giants Brigades, member of the Presidential Leadership Council (2022-) | قائد ألوية العمالقة، عضو مجلس القيادة الرئاسي | Abu Zaraa al-Mahrami |
Abdullah al-Alimi Bawazir | عبد الله العليمي باوزير | عبد الله العليمي |  |  | YEM | Member of the Presidential Leadership Council of Yemen (2022-) | عضو مجلس القيادة الرئاسي اليمني |  |
Hamid al-Ahmar | حميد الأحمر |  |  |  | YEM | Yemeni businessman and leader in the Islah party | رجل الأعمال اليمني والقيادي في حزب الإصلاح |  |
Tawakkol Karman | توكل كرمان |  |  |  | YEM | Yemeni activist, Nobel Peace laureate (2011) | الناشطة اليمنية الحائزة على جائزة نوبل للسلام (2011) | Tawakkul Karman |

## religious leaders
Abdul Majeed al-Zindani | عبد المجيد الزنداني | الشيخ عبد المجيد الزنداني |  |  | YEM | Yemeni Islamist cleric, founder of al-Iman University (died 2024) | الداعية اليمني، مؤسس جامعة الإيمان (توفي 2024) |  |

## armed-group leaders
Abdul-Malik al-Houthi | عبد الملك الحوثي | عبد الملك بدر الدين الحوثي / السيد عبد الملك الحوثي |  |  | YEM | Leader of the Houthi movement (Ansar Allah) (2004-) | زعيم جماعة الحوثيين (أنصار الله) (منذ 2004) | Abdulmalik al-Houthi |
Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي |  |  | حسين | YEM | Founder of the Houthi movement (killed 2004) | مؤسس جماعة الحوثيين (قتل 2004) |  |
Mohammed Ali al-Houthi | محمد علي الحوثي |  |  |  | YEM | Head of the Houthis' Supreme Revolutionary Committee (2015-2016), member of the Supreme Political Council | رئيس اللجنة الثورية العليا التابعة للحوثيين (2015-2016)، عضو المجلس السياسي الأعلى |  |
Mohammed Abdulsalam | محمد عبد السلام | محمد عبد السلام فليتة |  |  | YEM | Spokesman and chief negotiator of the Houthi movement | الناطق الرسمي باسم جماعة الحوثيين ورئيس وفدها المفاوض |  |
Yahya Saree | يحيى سريع | العميد يحيى سريع |  |  | YEM | Military spokesman of the Houthi forces | المتحدث العسكري باسم قوات الحوثيين |  |
Mohammed al-Bukhaiti | محمد البخيتي |  |  |  | YEM | Member of the Houthi political bureau | عضو المكتب السياسي لجماعة الحوثيين |  |
Hussein al-Ezzi | حسين العزي |  |  |  | YEM | Deputy foreign minister of the Houthi-run government | نائب وزير الخارجية في حكومة الحوثيين |  |
Muhammad Abdulkarim al-Ghamari | محمد عبد الكريم الغماري | محمد الغماري |  |  | YEM | Chief of staff of the Houthi forces (killed 2025) | رئيس هيئة الأركان العامة لقوات الحوثيين (قتل 2025) |  |
Nasir al-Wuhayshi | ناصر الوحيشي | أبو بصير الوحيشي |  |  | YEM | Leader of al-Qaeda in the Arabian Peninsula (2009-2015) (killed 2015) | زعيم تنظيم القاعدة في جزيرة العرب (2009-2015) (قتل 2015) | Nasser al-Wuhayshi |
Qasim al-Raymi | قاسم الريمي |  |  |  | YEM | Leader of al-Qaeda in the Arabian Peninsula (2015-2020) (killed 2020) | زعيم تنظيم القاعدة في جزيرة العرب (2015-2020) (قتل 2020) | Qassim al-Rimi |
Khalid Batarfi | خالد باطرفي | خالد سعيد باطرفي |  |  | YEM | Leader of al-Qaeda in the Arabian Peninsula (2020-2024) (died 2024) | زعيم تنظيم القاعدة في جزيرة العرب (2020-2024) |  |
Saad bin Atef al-Awlaki | سعد بن عاطف العولقي |  |  |  | YEM | Leader of al-Qaeda in the Arabian Peninsula (2024-) | زعيم تنظيم القاعدة في جزيرة العرب (منذ 2024) |  |
Anwar al-Awlaki | أنور العولقي |  |  |  | YEM | Yemeni-American preacher of al-Qaeda in the Arabian Peninsula (killed 2011) | الداعية اليمني الأميركي في تنظيم القاعدة في جزيرة العرب (قتل 2011) | Anwar al-Aulaqi |
Ibrahim al-Asiri | إبراهيم العسيري | إبراهيم حسن العسيري |  |  | SAU | Chief bomb-maker of al-Qaeda in the Arabian Peninsula | خبير المتفجرات في تنظيم القاعدة في جزيرة العرب |  |
Ahmed Abdi Godane | أحمد عبدي غودني | مختار أبو الزبير / أحمد عبدي جودني |  |  | SOM | Leader of al-Shabaab (2008-2014) (killed 2014) | زعيم حركة الشباب المجاهدين الصومالية (2008-2014) (قتل 2014) | Mukhtar Abu Zubair |
Ahmed Diriye | أحمد ديري | أحمد عمر أبو عبيدة / أبو عبيدة أحمد عمر |  |  | SOM | Leader of al-Shabaab (2014-) | زعيم حركة الشباب المجاهدين الصومالية (منذ 2014) | Ahmad Umar Abu Ubaidah |
Mukhtar Robow | مختار روبو | مختار روبو أبو منصور |  |  | SOM | Former deputy leader and spokesman of al-Shabaab (defected 2017), Religious Affairs Minister (2022-) | نائب زعيم حركة الشباب سابقا (انشق 2017)، وزير الأوقاف والشؤون الدينية الصومالي |  |
Hassan Dahir Aweys | حسن طاهر أويس | حسن ضاهر عويس |  |  | SOM | Leader of Hizbul Islam and the Islamic Courts Union | زعيم الحزب الإسلامي واتحاد المحاكم الإسلامية في الصومال |  |
`;
