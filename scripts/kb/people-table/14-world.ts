// Other heads of state and government, popes and patriarchs often named in Arabic news, 2010-2025.
// Columns: en | name | aliases | family | given | ISO3 | role | role_ar | en_aliases | extra
export default `
## other world leaders
Volodymyr Zelensky | فولوديمير زيلينسكي | فلاديمير زيلينسكي / فولوديمير زيلنسكي |  |  | UKR | President of Ukraine (2019-) | الرئيس الأوكراني (منذ 2019) | Volodymyr Zelenskyy | Q3874799
Petro Poroshenko | بيترو بوروشينكو | بترو بوروشينكو / بيوتر بوروشينكو |  |  | UKR | President of Ukraine (2014-2019) | الرئيس الأوكراني (2014-2019) |  |
Viktor Yanukovych | فيكتور يانوكوفيتش |  |  |  | UKR | President of Ukraine (2010-2014) | الرئيس الأوكراني (2010-2014) |  |
Alexander Lukashenko | ألكسندر لوكاشينكو | ألكسندر لوكاشنكو |  |  | BLR | President of Belarus (1994-) | الرئيس البيلاروسي (منذ 1994) | Aliaksandr Lukashenka | Q2866
Narendra Modi | ناريندرا مودي |  |  |  | IND | Prime Minister of India (2014-) | رئيس الوزراء الهندي (منذ 2014) |  | Q1058
Manmohan Singh | مانموهان سينغ |  |  |  | IND | Prime Minister of India (2004-2014) | رئيس الوزراء الهندي (2004-2014) |  |
Shinzo Abe | شينزو آبي |  |  |  | JPN | Prime Minister of Japan (2006-2007, 2012-2020) (killed 2022) | رئيس الوزراء الياباني (2012-2020) |  |
Kim Jong-un | كيم جونغ أون | كيم جونغ-أون / كيم يونغ أون | كيم | - | PRK | Supreme Leader of North Korea (2011-) | زعيم كوريا الشمالية (منذ 2011) |  |
Justin Trudeau | جاستن ترودو |  |  |  | CAN | Prime Minister of Canada (2015-2025) | رئيس الوزراء الكندي (2015-2025) |  |
Silvio Berlusconi | سيلفيو برلسكوني | سلفيو برلسكوني |  |  | ITA | Prime Minister of Italy (1994-1995, 2001-2006, 2008-2011) (died 2023) | رئيس الوزراء الإيطالي (2008-2011) |  |
Giorgia Meloni | جورجيا ميلوني |  |  |  | ITA | Prime Minister of Italy (2022-) | رئيسة الوزراء الإيطالية (منذ 2022) |  |
Pedro Sánchez | بيدرو سانشيز | بيدرو سانشيث |  |  | ESP | Prime Minister of Spain (2018-) | رئيس الوزراء الإسباني (منذ 2018) | Pedro Sanchez | Q6070218
Viktor Orbán | فيكتور أوربان |  |  |  | HUN | Prime Minister of Hungary (2010-) | رئيس الوزراء المجري (منذ 2010) | Viktor Orban |
Ilham Aliyev | إلهام علييف | إلهام عالييف |  |  | AZE | President of Azerbaijan (2003-) | الرئيس الأذربيجاني (منذ 2003) |  |
Nikol Pashinyan | نيكول باشينيان | نيكول باشينيان |  |  | ARM | Prime Minister of Armenia (2018-) | رئيس الوزراء الأرميني (منذ 2018) |  | Q7035479
Nicolás Maduro | نيكولاس مادورو |  |  |  | VEN | President of Venezuela (2013-) | الرئيس الفنزويلي (منذ 2013) | Nicolas Maduro | Q58132
Luiz Inácio Lula da Silva | لولا دا سيلفا | لويس إيناسيو لولا دا سيلفا / لولا دي سيلفا | لولا | لويس إيناسيو | BRA | President of Brazil (2003-2010, 2023-) | الرئيس البرازيلي (منذ 2023) | Lula |
Jair Bolsonaro | جايير بولسونارو | جاير بولسونارو |  |  | BRA | President of Brazil (2019-2022) | الرئيس البرازيلي (2019-2022) |  |
Cyril Ramaphosa | سيريل رامافوزا | سيريل رامابوزا |  |  | ZAF | President of South Africa (2018-) | رئيس جنوب أفريقيا (منذ 2018) |  |
Abiy Ahmed | آبي أحمد | آبي أحمد علي | - | آبي | ETH | Prime Minister of Ethiopia (2018-), Nobel Peace laureate (2019) | رئيس الوزراء الإثيوبي (منذ 2018) |  | 
Isaias Afwerki | أسياس أفورقي | إسياس أفورقي / أسياس أفورقي |  |  | ERI | President of Eritrea (1993-) | الرئيس الإريتري (منذ 1993) |  |
Idriss Déby | إدريس ديبي | إدريس ديبي إتنو |  |  | TCD | President of Chad (1990-2021) (killed 2021) | الرئيس التشادي (1990-2021) | Idriss Deby Itno |
Mahamat Déby | محمد إدريس ديبي | محمد إدريس ديبي إتنو / محمد ديبي |  |  | TCD | President of Chad (2021-) | الرئيس التشادي (منذ 2021) | Mahamat Idriss Deby |
Assimi Goïta | آسيمي غويتا | عاصمي غويتا |  |  | MLI | President of the transition of Mali (2021-) | رئيس المرحلة الانتقالية في مالي (منذ 2021) | Assimi Goita |
Muhammadu Buhari | محمد بخاري | محمدو بخاري |  |  | NGA | President of Nigeria (2015-2023) | الرئيس النيجيري (2015-2023) |  |
Mahathir Mohamad | مهاتير محمد |  | - | مهاتير | MYS | Prime Minister of Malaysia (1981-2003, 2018-2020) | رئيس الوزراء الماليزي (2018-2020) |  | 
Anwar Ibrahim | أنور إبراهيم |  |  |  | MYS | Prime Minister of Malaysia (2022-) | رئيس الوزراء الماليزي (منذ 2022) |  |
Joko Widodo | جوكو ويدودو |  |  |  | IDN | President of Indonesia (2014-2024) | الرئيس الإندونيسي (2014-2024) | Jokowi |
Prabowo Subianto | برابوو سوبيانتو |  |  |  | IDN | President of Indonesia (2024-) | الرئيس الإندونيسي (منذ 2024) |  |
Julian Assange | جوليان أسانج |  |  |  | AUS | Founder of WikiLeaks | مؤسس موقع ويكيليكس |  |

## religious leaders
Pope Francis | البابا فرنسيس | البابا فرانسيس / البابا فرنسيس الأول | - | - | VAT | Pope of the Catholic Church (2013-2025) | بابا الفاتيكان (2013-2025) |  | Q450675 slug=pope-francis
Pope Benedict XVI | البابا بنديكت السادس عشر | البابا بنديكتوس السادس عشر / البابا بندكتس السادس عشر | - | - | VAT | Pope of the Catholic Church (2005-2013) (died 2022) | بابا الفاتيكان (2005-2013) |  | slug=pope-benedict-xvi
Pope Leo XIV | البابا ليو الرابع عشر | البابا لاوون الرابع عشر | - | - | VAT | Pope of the Catholic Church (2025-) | بابا الفاتيكان (منذ 2025) |  | slug=pope-leo-xiv
Patriarch Kirill | البطريرك كيريل | كيريل بطريرك موسكو | - | - | RUS | Patriarch of Moscow and All Russia (2009-) | بطريرك موسكو وسائر روسيا (منذ 2009) | Kirill of Moscow | slug=patriarch-kirill
`;
