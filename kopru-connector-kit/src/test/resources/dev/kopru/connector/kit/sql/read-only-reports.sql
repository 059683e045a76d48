## Real read-only reports of the kind Mikro (SqlVeriOkuV2) and Logo integrations run: each must pass.
## One statement per entry; entries are separated by a blank line; lines starting with ## are notes.
## {CR}, {LF} and {TAB} stand for those characters.

SELECT 1 AS ok

SELECT TOP 2 cari_kod, cari_unvan1 FROM CARI_HESAPLAR ORDER BY cari_kod

SELECT TOP 10 cari_kod, cari_unvan1 FROM CARI_HESAPLAR WITH (NOLOCK) ORDER BY cari_kod

SELECT cari_kod, cari_unvan1, cari_unvan2, cari_vdaire_adi, cari_vdaire_no
FROM CARI_HESAPLAR WITH (NOLOCK)
WHERE cari_iptal = 0 AND cari_baglanti_tipi = 0
ORDER BY cari_kod

SELECT cha_kod,
       SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) AS bakiye
FROM CARI_HESAP_HAREKETLERI
WHERE cha_iptal = 0
GROUP BY cha_kod

SELECT cha_kod, SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) AS bakiye FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = '120.01.001' GROUP BY cha_kod

SELECT c.cari_kod, c.cari_unvan1, ISNULL(SUM(CASE WHEN h.cha_tip = 0 THEN h.cha_meblag ELSE -h.cha_meblag END), 0) AS bakiye
FROM CARI_HESAPLAR c WITH (NOLOCK)
LEFT JOIN CARI_HESAP_HAREKETLERI h WITH (NOLOCK) ON h.cha_kod = c.cari_kod AND h.cha_iptal = 0
GROUP BY c.cari_kod, c.cari_unvan1
HAVING ABS(ISNULL(SUM(CASE WHEN h.cha_tip = 0 THEN h.cha_meblag ELSE -h.cha_meblag END), 0)) > 0.01
ORDER BY bakiye DESC

SELECT sto_kod, sto_isim, sto_kisa_ismi, sto_birim1_ad, sto_toptan_vergi, sto_perakende_vergi FROM STOKLAR WHERE sto_iptal = 0 ORDER BY sto_kod

SELECT sth_stok_kod, SUM(CASE WHEN sth_tip = 0 THEN sth_miktar WHEN sth_tip = 1 THEN -sth_miktar ELSE 0 END) AS eldeki FROM STOK_HAREKETLERI WHERE sth_iptal = 0 GROUP BY sth_stok_kod

SELECT bar_stokkodu, bar_kodu FROM BARKOD_TANIMLARI WHERE bar_iptal = 0 AND bar_stokkodu IN ('S001', 'S002', 'S003')

SELECT sfiyat_stokkod, sfiyat_fiyati FROM STOK_SATIS_FIYAT_LISTELERI WHERE sfiyat_listesirano = 1 AND sfiyat_stokkod IN (N'S001', N'S002')

SELECT dep_no, dep_adi FROM DEPOLAR ORDER BY dep_no

SELECT TOP 100 cha_evrakno_seri AS evrak_seri, cha_evrakno_sira AS evrak_no, cha_tarihi AS tarih, cha_kod AS cari_kod, cha_meblag AS tutar
FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 AND cha_iptal = 0 AND cha_tarihi >= '2025-01-01' AND cha_tarihi < '2025-02-01'
ORDER BY cha_tarihi DESC, cha_evrakno_sira DESC

SELECT sth_satirno AS satir_no, sth_stok_kod AS stok_kod, sth_miktar AS miktar, sth_tutar AS tutar FROM STOK_HAREKETLERI WHERE sth_evraktip = 4 AND sth_evrakno_seri = 'F101' AND sth_evrakno_sira = 5796 ORDER BY sth_satirno

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_unvan1 LIKE 'Ali%' ESCAPE '\' ORDER BY cari_kod

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod LIKE '120\_%' ESCAPE '\'

SELECT cari_kod, cari_unvan1 FROM CARI_HESAPLAR WHERE cari_unvan1 COLLATE Turkish_CI_AI LIKE N'%şişe%'

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_unvan1 = 'DROP; DELETE it''s fine' -- update later

SELECT [update] FROM T /* insert */

SELECT cari_kod, 'EXEC xp_cmdshell ''dir''' AS note FROM CARI_HESAPLAR

SELECT cari_kod /* a /* nested */ comment that mentions DELETE */ FROM CARI_HESAPLAR

SELECT cari_kod -- DELETE FROM CARI_HESAPLAR
FROM CARI_HESAPLAR

SELECT cari_kod -- a comment ended by a CR{CR}FROM CARI_HESAPLAR

SELECT cari_kod{CR}{LF}FROM CARI_HESAPLAR{CR}{LF}WHERE cari_iptal = 0

SELECT{TAB}cari_kod{TAB}FROM{TAB}CARI_HESAPLAR

  SELECT 1 ;  

SELECT 1;

SELECT 1;;

SELECT 1; -- trailing comment after the only statement

WITH t AS (SELECT 1 AS x) SELECT x FROM t

WITH bakiye AS (
  SELECT cha_kod, SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) AS tutar
  FROM CARI_HESAP_HAREKETLERI WITH (NOLOCK) WHERE cha_iptal = 0 GROUP BY cha_kod
)
SELECT TOP 20 c.cari_kod, c.cari_unvan1, b.tutar
FROM bakiye b JOIN CARI_HESAPLAR c ON c.cari_kod = b.cha_kod
ORDER BY b.tutar DESC

WITH aylar AS (SELECT CONVERT(char(7), cha_tarihi, 126) AS ay, cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63),
     toplam AS (SELECT ay, SUM(cha_meblag) AS ciro FROM aylar GROUP BY ay)
SELECT ay, ciro, SUM(ciro) OVER (ORDER BY ay ROWS UNBOUNDED PRECEDING) AS kumulatif FROM toplam ORDER BY ay

WITH r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 12) SELECT n AS ay FROM r

SELECT CONVERT(char(7), cha_tarihi, 126) AS ay, SUM(cha_meblag) AS ciro FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 GROUP BY CONVERT(char(7), cha_tarihi, 126) ORDER BY ay

SELECT CONVERT(VARCHAR(10), cha_tarihi, 104) AS tarih FROM CARI_HESAP_HAREKETLERI

SELECT CONVERT(VARCHAR(10), GETDATE(), 104) + ' ' + CONVERT(VARCHAR(8), GETDATE(), 108) AS simdi

SELECT CONVERT(date, cha_tarihi) AS gun, COUNT(*) AS adet FROM CARI_HESAP_HAREKETLERI GROUP BY CONVERT(date, cha_tarihi)

SELECT c.cari_kod, x.son_hareket
FROM CARI_HESAPLAR c
CROSS APPLY (SELECT MAX(cha_tarihi) AS son_hareket FROM CARI_HESAP_HAREKETLERI h WHERE h.cha_kod = c.cari_kod) x

SELECT c.cari_kod, x.cha_tarihi, x.cha_meblag
FROM CARI_HESAPLAR c
OUTER APPLY (SELECT TOP 1 cha_tarihi, cha_meblag FROM CARI_HESAP_HAREKETLERI h WITH (NOLOCK) WHERE h.cha_kod = c.cari_kod ORDER BY cha_tarihi DESC) x

SELECT s.sto_kod, d.dep_no, dbo.fn_DepodakiMiktar(s.sto_kod, d.dep_no, GETDATE()) AS miktar FROM STOKLAR s CROSS JOIN DEPOLAR d

SELECT sto_kod, dbo.fn_DepodakiMiktar(sto_kod, 1, GETDATE()) AS miktar FROM STOKLAR WHERE sto_iptal = 0

SELECT * FROM STOK_HAREKETTEN_ELDEKI_MIKTAR_VIEW WITH (NOLOCK) WHERE sth_eldeki_miktar > 0

SELECT STUFF((SELECT ',' + sto_kod FROM STOKLAR FOR XML PATH('')), 1, 1, '') AS kodlar

SELECT STUFF((SELECT ',' + sto_kod FROM STOKLAR FOR XML PATH(''), TYPE).value('.', 'NVARCHAR(MAX)'), 1, 1, '') AS kodlar

SELECT c.cari_kod, STUFF((SELECT ', ' + y.mye_isim FROM CARI_HESAP_YETKILILERI y WHERE y.mye_cari_kod = c.cari_kod FOR XML PATH('')), 1, 2, '') AS yetkililer FROM CARI_HESAPLAR c

SELECT cha_kod, STRING_AGG(cha_evrakno_seri, ',') WITHIN GROUP (ORDER BY cha_evrakno_seri) AS seriler FROM CARI_HESAP_HAREKETLERI GROUP BY cha_kod

SELECT cha_kod, STRING_AGG(CONVERT(NVARCHAR(20), cha_evrakno_sira), ', ') AS numaralar FROM CARI_HESAP_HAREKETLERI GROUP BY cha_kod

SELECT * FROM (SELECT cha_kod, MONTH(cha_tarihi) AS ay, cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE YEAR(cha_tarihi) = 2025) s
PIVOT (SUM(cha_meblag) FOR ay IN ([1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12])) p

SELECT kod, ay, tutar FROM AYLIK_OZET UNPIVOT (tutar FOR ay IN (ocak, subat, mart)) u

SELECT cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod OFFSET 20 ROWS FETCH NEXT 10 ROWS ONLY

SELECT cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY

SELECT (SELECT 1)

SELECT (SELECT COUNT(*) FROM CARI_HESAPLAR) AS cari_sayisi, (SELECT COUNT(*) FROM STOKLAR) AS stok_sayisi

SELECT TOP (10) PERCENT * FROM STOKLAR

SELECT TOP 5 WITH TIES cari_kod, cari_unvan1 FROM CARI_HESAPLAR ORDER BY cari_kod

SELECT TOP 100 PERCENT sto_kod FROM STOKLAR ORDER BY sto_kod

SELECT cha_kod, cha_tarihi, cha_meblag,
       SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) OVER (PARTITION BY cha_kod ORDER BY cha_tarihi ROWS UNBOUNDED PRECEDING) AS yuruyen_bakiye
FROM CARI_HESAP_HAREKETLERI WHERE cha_iptal = 0

SELECT ROW_NUMBER() OVER (ORDER BY cari_kod) AS sira, cari_kod FROM CARI_HESAPLAR

SELECT cari_kod, RANK() OVER (ORDER BY ciro DESC) AS derece, DENSE_RANK() OVER (ORDER BY ciro DESC) AS yogun FROM CARI_CIRO

SELECT cha_kod, LAG(cha_meblag) OVER (PARTITION BY cha_kod ORDER BY cha_tarihi) AS onceki, LEAD(cha_meblag, 1, 0) OVER (PARTITION BY cha_kod ORDER BY cha_tarihi) AS sonraki FROM CARI_HESAP_HAREKETLERI

SELECT sto_kod, NTILE(4) OVER (ORDER BY satis DESC) AS ceyrek FROM STOK_SATIS

SELECT DISTINCT cha_kod, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY cha_meblag) OVER (PARTITION BY cha_kod) AS medyan FROM CARI_HESAP_HAREKETLERI

SELECT cha_kod, cha_tarihi, SUM(cha_meblag) OVER (PARTITION BY cha_kod ORDER BY cha_tarihi ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS son_uc

SELECT cha_kod, FIRST_VALUE(cha_tarihi) OVER (PARTITION BY cha_kod ORDER BY cha_tarihi) AS ilk FROM CARI_HESAP_HAREKETLERI

SELECT cari_kod, CASE cari_baglanti_tipi WHEN 0 THEN 'Müşteri' WHEN 1 THEN 'Tedarikçi' ELSE 'Diğer' END AS tip FROM CARI_HESAPLAR

SELECT cha_kod, SUM(CASE WHEN DATEDIFF(day, cha_vade, GETDATE()) BETWEEN 0 AND 30 THEN cha_meblag ELSE 0 END) AS g0_30,
       SUM(CASE WHEN DATEDIFF(day, cha_vade, GETDATE()) BETWEEN 31 AND 60 THEN cha_meblag ELSE 0 END) AS g31_60,
       SUM(CASE WHEN DATEDIFF(day, cha_vade, GETDATE()) > 60 THEN cha_meblag ELSE 0 END) AS g60_ustu
FROM CARI_HESAP_HAREKETLERI WHERE cha_tip = 0 AND cha_iptal = 0 GROUP BY cha_kod

SELECT ISNULL(cari_unvan2, '') AS unvan2, DATEADD(day, -30, GETDATE()) AS otuz_gun_once, DATEPART(month, GETDATE()) AS ay FROM CARI_HESAPLAR

SELECT cha_kod FROM CARI_HESAP_HAREKETLERI WHERE cha_tarihi >= DATEADD(month, DATEDIFF(month, 0, GETDATE()), 0)

SELECT EOMONTH(GETDATE()) AS ay_sonu, DATEFROMPARTS(YEAR(GETDATE()), 1, 1) AS yil_basi

SELECT YEAR(cha_tarihi) AS yil, MONTH(cha_tarihi) AS ay, DATENAME(month, cha_tarihi) AS ay_adi, SUM(cha_meblag) AS toplam FROM CARI_HESAP_HAREKETLERI GROUP BY YEAR(cha_tarihi), MONTH(cha_tarihi), DATENAME(month, cha_tarihi)

SELECT FORMAT(cha_meblag, 'N2', 'tr-TR') AS tutar, FORMAT(cha_tarihi, 'dd.MM.yyyy') AS tarih FROM CARI_HESAP_HAREKETLERI

SELECT [Cari Kodu] = cari_kod, cari_unvan1 AS [Ünvan] FROM dbo.CARI_HESAPLAR

SELECT * FROM [dbo].[CARI_HESAPLAR] AS [c] WHERE [c].[cari_kod] = N'120.01.001'

SELECT SUM(cha_meblag) AS 'Toplam Tutar' FROM CARI_HESAP_HAREKETLERI

SELECT 'Toplam' = SUM(cha_meblag) FROM CARI_HESAP_HAREKETLERI

SELECT cari_kod AS "Cari Kod" FROM CARI_HESAPLAR

SELECT TRY_CONVERT(int, cari_kod) AS numara, CAST(cha_meblag AS DECIMAL(18, 2)) AS tutar, IIF(cha_tip = 0, 'Borç', 'Alacak') AS yon, CHOOSE(cha_cinsi + 1, 'Nakit', 'Çek', 'Senet') AS cins FROM CARI_HESAP_HAREKETLERI

SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'STOKLAR'

SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = 'CARI_HESAPLAR' ORDER BY ORDINAL_POSITION

SELECT t.name AS tablo, c.name AS kolon FROM sys.tables t JOIN sys.columns c ON c.object_id = t.object_id WHERE t.name LIKE 'CARI%'

SELECT * FROM (VALUES (0, 'Borç'), (1, 'Alacak')) AS v(kod, ad)

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod IN (SELECT cha_kod FROM CARI_HESAP_HAREKETLERI WHERE cha_tarihi >= '20250101')

SELECT cari_kod FROM CARI_HESAPLAR UNION ALL SELECT sto_kod FROM STOKLAR

SELECT cari_kod FROM CARI_HESAPLAR EXCEPT SELECT cha_kod FROM CARI_HESAP_HAREKETLERI

SELECT cari_kod FROM CARI_HESAPLAR INTERSECT SELECT cha_kod FROM CARI_HESAP_HAREKETLERI

SELECT @@VERSION AS surum

SELECT @@ROWCOUNT, @@SERVERNAME, DB_NAME() AS veritabani

SELECT c.cari_kod FROM CARI_HESAPLAR c WHERE NOT EXISTS (SELECT 1 FROM CARI_HESAP_HAREKETLERI h WHERE h.cha_kod = c.cari_kod)

SELECT c.cari_kod FROM CARI_HESAPLAR c WHERE EXISTS (SELECT 1 FROM CARI_HESAP_HAREKETLERI h WITH (NOLOCK) WHERE h.cha_kod = c.cari_kod AND h.cha_tarihi > '2025-01-01')

SELECT * FROM STOKLAR s WITH (NOLOCK) INNER JOIN STOK_HAREKETLERI h WITH (NOLOCK) ON h.sth_stok_kod = s.sto_kod WHERE h.sth_tarih >= '2025-01-01'

SELECT * FROM STOKLAR (NOLOCK)

SELECT * FROM STOKLAR s (NOLOCK) WHERE s.sto_iptal = 0

SELECT * FROM STOKLAR WITH (READUNCOMMITTED)

SELECT * FROM STOKLAR AS s WITH (NOLOCK, INDEX(IX_STOKLAR_KOD)) WHERE s.sto_kod = 'S001'

SELECT a.cari_kod, b.cha_meblag FROM CARI_HESAPLAR a FULL OUTER JOIN CARI_HESAP_HAREKETLERI b ON a.cari_kod = b.cha_kod

SELECT a.cari_kod FROM CARI_HESAPLAR a RIGHT JOIN CARI_HESAP_HAREKETLERI b ON a.cari_kod = b.cha_kod

SELECT * FROM CARI_HESAPLAR a, CARI_HESAP_HAREKETLERI b WHERE a.cari_kod = b.cha_kod

SELECT cha_kod, COUNT(DISTINCT cha_evrakno_sira) AS evrak_sayisi FROM CARI_HESAP_HAREKETLERI GROUP BY cha_kod HAVING COUNT(DISTINCT cha_evrakno_sira) > 5 ORDER BY COUNT(DISTINCT cha_evrakno_sira) DESC

SELECT sto_anagrup_kod, sto_altgrup_kod, COUNT(*) AS adet FROM STOKLAR GROUP BY ROLLUP(sto_anagrup_kod, sto_altgrup_kod)

SELECT sto_anagrup_kod, COUNT(*) FROM STOKLAR GROUP BY CUBE(sto_anagrup_kod)

SELECT cari_kod, cari_unvan1 FROM CARI_HESAPLAR FOR JSON PATH

SELECT cari_kod, cari_unvan1 FROM CARI_HESAPLAR FOR JSON PATH, ROOT('cariler')

SELECT cari_kod, cari_unvan1 FROM CARI_HESAPLAR FOR XML RAW

SELECT cari_kod, cari_unvan1 FROM CARI_HESAPLAR FOR XML AUTO

SELECT cari_kod FROM CARI_HESAPLAR FOR XML PATH('cari'), ROOT('cariler')

SELECT LEN(cari_unvan1), LTRIM(RTRIM(cari_unvan1)), UPPER(cari_unvan1), LOWER(cari_unvan1), REPLACE(cari_unvan1, 'A.Ş.', 'AŞ'), SUBSTRING(cari_kod, 1, 3), CHARINDEX('.', cari_kod), LEFT(cari_kod, 3), RIGHT(cari_kod, 3) FROM CARI_HESAPLAR

SELECT CONCAT(cari_kod, ' - ', cari_unvan1) AS etiket, CONCAT_WS(' / ', cari_il, cari_ilce) AS yer FROM CARI_HESAPLAR

SELECT ROUND(cha_meblag, 2), FLOOR(cha_meblag), CEILING(cha_meblag), ABS(cha_meblag), POWER(2, 10), SQRT(16.0) FROM CARI_HESAP_HAREKETLERI

SELECT cha_meblag * CASE WHEN cha_tip = 0 THEN 1 ELSE -1 END AS isaretli FROM CARI_HESAP_HAREKETLERI

SELECT cha_meblag % 2, cha_tip & 1, ~cha_tip, cha_tip ^ 1, cha_tip | 2 FROM CARI_HESAP_HAREKETLERI WHERE cha_tip <> 1 AND cha_tip != 2

SELECT CONVERT(NVARCHAR(50), cari_unvan1) COLLATE DATABASE_DEFAULT AS unvan FROM CARI_HESAPLAR

SELECT cari_kod FROM CARI_HESAPLAR ORDER BY cari_unvan1 COLLATE Turkish_CI_AS

SELECT CHECKSUM(*) AS toplam_kontrol FROM CARI_HESAPLAR

SELECT OBJECT_ID('dbo.CARI_HESAPLAR') AS nesne, SCOPE_IDENTITY() AS kimlik

SELECT TOP 1 * FROM CARI_HESAPLAR ORDER BY NEWID()

SELECT CAST(GETDATE() AS DATE) AS bugun, SYSDATETIME() AS simdi, GETUTCDATE() AS utc

SELECT cha_tarihi AT TIME ZONE 'Turkey Standard Time' AS yerel FROM CARI_HESAP_HAREKETLERI

SELECT GREATEST(cha_meblag, 0), LEAST(cha_meblag, 1000) FROM CARI_HESAP_HAREKETLERI

SELECT CAST(cha_meblag AS DOUBLE PRECISION) FROM CARI_HESAP_HAREKETLERI

SELECT NULLIF(cari_unvan2, '') AS unvan2, COALESCE(cari_unvan2, cari_unvan1, '?') AS ad FROM CARI_HESAPLAR

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_unvan2 IS NULL OR cari_unvan2 = ''

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod NOT IN ('120.01.001', '120.01.002') AND cari_unvan1 NOT LIKE '%test%'

SELECT 0x1F AS ikili, 1e3 AS bilimsel, .5 AS yarim, 1. AS bir

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_create_date > '2025-01-01T00:00:00'

SELECT DISTINCT TOP 10 cha_kod FROM CARI_HESAP_HAREKETLERI ORDER BY cha_kod DESC

(SELECT cari_kod FROM CARI_HESAPLAR)

SELECT * FROM (SELECT cari_kod, ROW_NUMBER() OVER (ORDER BY cari_kod) AS rn FROM CARI_HESAPLAR) AS x WHERE x.rn BETWEEN 11 AND 20

SELECT fis_hesap_kod, SUM(fis_meblag0) AS bakiye FROM MUHASEBE_FISLERI WHERE fis_iptal = 0 AND fis_tarih BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY fis_hesap_kod ORDER BY fis_hesap_kod

SELECT m.muh_hesap_kod, m.muh_hesap_isim1, SUM(CASE WHEN f.fis_meblag0 > 0 THEN f.fis_meblag0 ELSE 0 END) AS borc, SUM(CASE WHEN f.fis_meblag0 < 0 THEN -f.fis_meblag0 ELSE 0 END) AS alacak
FROM MUHASEBE_HESAP_PLANI m LEFT JOIN MUHASEBE_FISLERI f ON f.fis_hesap_kod = m.muh_hesap_kod AND f.fis_iptal = 0
GROUP BY m.muh_hesap_kod, m.muh_hesap_isim1 ORDER BY m.muh_hesap_kod

SELECT ban_kod, ban_ismi, ban_hesap_tip, ban_muh_kod FROM BANKALAR ORDER BY ban_kod

SELECT kas_kod FROM KASALAR WITH (NOLOCK)

SELECT odp_no, odp_adi, odp_ortgun FROM ODEME_PLANLARI

SELECT TOP 1 fir_unvan FROM FIRMALAR

SELECT som_kod, som_isim FROM SORUMLULUK_MERKEZLERI WHERE som_iptal = 0

SELECT sip_evrakno_seri, sip_evrakno_sira, sip_musteri_kod, SUM(sip_miktar - sip_teslim_miktar) AS kalan FROM SIPARISLER WHERE sip_kapat_fl = 0 GROUP BY sip_evrakno_seri, sip_evrakno_sira, sip_musteri_kod HAVING SUM(sip_miktar - sip_teslim_miktar) > 0

SELECT s.sto_kod, s.sto_isim, f.sfiyat_fiyati FROM STOKLAR s LEFT JOIN STOK_SATIS_FIYAT_LISTELERI f ON f.sfiyat_stokkod = s.sto_kod AND f.sfiyat_listesirano = 1 WHERE s.sto_iptal = 0

SELECT sth_stok_kod, SUM(sth_maliyet_ana) AS maliyet FROM STOK_HAREKETLERI WHERE sth_fis_tarihi >= '2025-01-01' GROUP BY sth_stok_kod

SELECT cari_kod, cari_Tel1, cari_Tel2, cari_grup_kodu, cari_doviz_cinsi, cari_sicil_no FROM CARI_HESAPLAR WHERE cari_hidden = 0 AND cari_kilitli = 0

SELECT cha_Guid, cha_kod, cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_Guid = '9A3733B0-0000-0000-0000-000000000000'

SELECT TOP 500 cha_Guid, cha_lastup_date FROM CARI_HESAP_HAREKETLERI WHERE cha_lastup_date > '2025-11-01' ORDER BY cha_lastup_date, cha_Guid

SELECT TOP 50 cha_evrakno_seri, cha_evrakno_sira FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 AND (cha_evrakno_seri > 'F101' OR (cha_evrakno_seri = 'F101' AND cha_evrakno_sira > 5796)) GROUP BY cha_evrakno_seri, cha_evrakno_sira ORDER BY cha_evrakno_seri, cha_evrakno_sira

SELECT MIN(cha_tarihi) AS ilk, MAX(cha_tarihi) AS son, AVG(cha_meblag) AS ortalama, STDEV(cha_meblag) AS sapma FROM CARI_HESAP_HAREKETLERI

SELECT cari_kod, cari_unvan1 FROM CARI_HESAPLAR WHERE cari_unvan1 LIKE N'%Ç%' OR cari_unvan1 LIKE N'%Ğ%' OR cari_unvan1 LIKE N'%İ%'

SELECT N'Şişli Şubesi' AS sube, N'İstanbul' AS il, 'Iğdır' AS il2

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_unvan1 LIKE '[A-C]%'

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_unvan1 = 'it''s /* not a comment */ -- nor this'

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_unvan1 = 'a\' OR cari_kod = 'b'

SELECT 'SELECT 1; DROP TABLE x' AS metin

SELECT cari_kod AS [select], cari_unvan1 AS [delete from] FROM CARI_HESAPLAR

SELECT [insert] = 1, [exec] = 2, [into] = 3

SELECT cari_kod
FROM CARI_HESAPLAR
WHERE cari_kod IN (
    SELECT cha_kod
    FROM CARI_HESAP_HAREKETLERI
    WHERE cha_meblag > 1000
)

SELECT x.ay, x.toplam, x.toplam - LAG(x.toplam) OVER (ORDER BY x.ay) AS fark
FROM (SELECT CONVERT(char(7), cha_tarihi, 126) AS ay, SUM(cha_meblag) AS toplam FROM CARI_HESAP_HAREKETLERI GROUP BY CONVERT(char(7), cha_tarihi, 126)) x

SELECT c.cari_kod, v.deger FROM CARI_HESAPLAR c CROSS APPLY (VALUES (c.cari_Tel1), (c.cari_Tel2)) v(deger) WHERE v.deger <> ''

SELECT value FROM STRING_SPLIT('120.01.001,120.01.002', ',')

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod IN (SELECT value FROM STRING_SPLIT('120.01.001,120.01.002', ','))

SELECT sto_kod, sto_isim FROM STOKLAR WHERE sto_isim LIKE '%' + 'vida' + '%'

SELECT DATEDIFF(day, '2025-01-01', GETDATE()) AS gun_sayisi

SELECT REPLICATE('0', 5 - LEN(CAST(cha_evrakno_sira AS VARCHAR(5)))) + CAST(cha_evrakno_sira AS VARCHAR(5)) AS no FROM CARI_HESAP_HAREKETLERI

SELECT cha_kod, SUM(cha_meblag) AS tutar FROM CARI_HESAP_HAREKETLERI WITH (NOLOCK) WHERE cha_tarihi >= DATEADD(year, -1, GETDATE()) GROUP BY cha_kod ORDER BY 2 DESC

SELECT TOP 10 sto_kod, SUM(sth_tutar) AS ciro FROM STOK_HAREKETLERI JOIN STOKLAR ON sto_kod = sth_stok_kod WHERE sth_tip = 1 GROUP BY sto_kod ORDER BY ciro DESC

SELECT k.kod, k.ad FROM (SELECT cari_kod AS kod, cari_unvan1 AS ad FROM CARI_HESAPLAR UNION SELECT sto_kod, sto_isim FROM STOKLAR) k ORDER BY k.kod

SELECT cha_kod, cha_meblag FROM CARI_HESAP_HAREKETLERI h WHERE cha_meblag > (SELECT AVG(cha_meblag) FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = h.cha_kod)

SELECT cha_kod FROM CARI_HESAP_HAREKETLERI WHERE cha_meblag > ALL (SELECT cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = '120.01.001')

SELECT cha_kod FROM CARI_HESAP_HAREKETLERI WHERE cha_meblag > ANY (SELECT cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = '120.01.001')

SELECT CURRENT_TIMESTAMP AS simdi, CURRENT_USER AS kullanici, SYSTEM_USER AS oturum

SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_lastup_date >= CAST('2025-01-01' AS DATETIME)

SELECT sth_stok_kod FROM STOK_HAREKETLERI GROUP BY sth_stok_kod HAVING SUM(sth_miktar) < 0

SELECT cari_kod FROM dbo.CARI_HESAPLAR c WHERE c.cari_kod LIKE '120%'

SELECT cari_kod FROM MikroDB_V16_ACME.dbo.CARI_HESAPLAR

SELECT cari_kod FROM MikroDB_V16_ACME..CARI_HESAPLAR

SELECT cari_kod FROM [MikroDB_V16_ACME].[dbo].[CARI_HESAPLAR]

SELECT 1 AS [a]]b], 'x' AS "c""d"

SELECT [a]]; DELETE FROM CARI_HESAPLAR; --] FROM CARI_HESAPLAR

SELECT 0x1DELETE FROM CARI_HESAPLAR

SELECT sto_kod, sto_isim FROM STOKLAR WHERE sto_kod >= 'A' AND sto_kod < 'B' ORDER BY sto_kod OFFSET 100 ROWS FETCH NEXT 100 ROWS ONLY

SELECT MAX(cha_evrakno_sira) + 1 AS sonraki_no FROM CARI_HESAP_HAREKETLERI WHERE cha_evrakno_seri = 'F101'

SELECT cari_kod, IIF(cari_iptal = 1, N'İptal', N'Aktif') AS durum FROM CARI_HESAPLAR

SELECT TOP (5) cari_kod FROM CARI_HESAPLAR

SELECT x.cari_kod FROM (SELECT TOP 10 cari_kod FROM CARI_HESAPLAR ORDER BY cari_create_date DESC) AS x
