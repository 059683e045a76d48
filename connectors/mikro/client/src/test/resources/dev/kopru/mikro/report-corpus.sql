-- Report queries in the style of public Mikro reporting clients (mikro.md §12.6), written by us on the tables of
-- §12.6. Each runs through SqlVeriOkuV2 against the sandbox's demo data and must return at least one row.
-- One query per block; blocks are separated by a line holding only "--".
SELECT TOP 10 cari_kod, cari_unvan1, cari_vdaire_adi FROM CARI_HESAPLAR WITH (NOLOCK) ORDER BY cari_kod
--
SELECT cha_kod, SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) AS bakiye FROM CARI_HESAP_HAREKETLERI WITH (NOLOCK) WHERE cha_iptal = 0 GROUP BY cha_kod HAVING SUM(CASE WHEN cha_tip = 0 THEN cha_meblag ELSE -cha_meblag END) <> 0
--
SELECT LEFT(fis_hesap_kod, 3) AS hesap, SUM(CASE WHEN fis_meblag0 > 0 THEN fis_meblag0 ELSE 0 END) AS borc, SUM(CASE WHEN fis_meblag0 < 0 THEN -fis_meblag0 ELSE 0 END) AS alacak FROM MUHASEBE_FISLERI WHERE fis_iptal = 0 GROUP BY LEFT(fis_hesap_kod, 3) ORDER BY hesap
--
SELECT f.fis_hesap_kod, h.muh_hesap_isim1, SUM(f.fis_meblag0) AS bakiye FROM dbo.MUHASEBE_FISLERI f WITH (NOLOCK) INNER JOIN dbo.MUHASEBE_HESAP_PLANI h WITH (NOLOCK) ON h.muh_hesap_kod = f.fis_hesap_kod GROUP BY f.fis_hesap_kod, h.muh_hesap_isim1
--
SELECT CONVERT(char(7), fis_tarih, 126) AS ay, SUM(fis_meblag0) AS tutar FROM MUHASEBE_FISLERI WHERE fis_hesap_kod LIKE '600%' GROUP BY CONVERT(char(7), fis_tarih, 126) ORDER BY ay
--
SELECT CONVERT(varchar(10), cha_tarihi, 104) AS tarih, cha_evrakno_seri, cha_evrakno_sira, cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 ORDER BY cha_tarihi DESC
--
SELECT CONVERT(varchar(8), cha_tarihi, 112) AS gun, COUNT(*) AS adet FROM CARI_HESAP_HAREKETLERI GROUP BY CONVERT(varchar(8), cha_tarihi, 112)
--
SELECT DATEPART(year, cha_tarihi) AS yil, DATEPART(month, cha_tarihi) AS ay, SUM(cha_aratoplam) AS ciro FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 AND cha_iptal = 0 GROUP BY DATEPART(year, cha_tarihi), DATEPART(month, cha_tarihi) ORDER BY yil, ay
--
SELECT DATEPART(mm, sth_tarih) AS ay, DATEPART(qq, sth_tarih) AS ceyrek, SUM(sth_tutar) AS tutar FROM STOK_HAREKETLERI WHERE sth_tip = 1 GROUP BY DATEPART(mm, sth_tarih), DATEPART(qq, sth_tarih)
--
SELECT DATENAME(month, cha_tarihi) AS ay_adi, COUNT(*) AS fatura FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 GROUP BY DATENAME(month, cha_tarihi)
--
SELECT DATEPART(dw, cha_tarihi) AS gun, DATENAME(weekday, cha_tarihi) AS gun_adi, COUNT(*) AS adet FROM CARI_HESAP_HAREKETLERI GROUP BY DATEPART(dw, cha_tarihi), DATENAME(weekday, cha_tarihi)
--
SELECT cari_kod, cari_unvan1 COLLATE Turkish_CI_AI AS unvan FROM CARI_HESAPLAR WHERE cari_unvan1 COLLATE Turkish_CI_AI LIKE '%a%' ORDER BY cari_unvan1 COLLATE Turkish_CI_AI
--
SELECT sto_kod, sto_isim FROM STOKLAR WHERE sto_isim COLLATE Turkish_CI_AI LIKE '%e%'
--
SELECT cari_kod, FORMAT(SUM(cha_meblag), 'N2') AS toplam FROM CARI_HESAPLAR JOIN CARI_HESAP_HAREKETLERI ON cha_kod = cari_kod GROUP BY cari_kod
--
SELECT FORMAT(cha_tarihi, 'yyyy-MM') AS donem, FORMAT(SUM(cha_meblag), 'N0', 'tr-TR') AS tutar FROM CARI_HESAP_HAREKETLERI GROUP BY FORMAT(cha_tarihi, 'yyyy-MM')
--
SELECT FORMAT(cha_tarihi, 'dd.MM.yyyy') AS tarih, FORMAT(cha_meblag, '#,##0.00') AS tutar FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 1
--
SELECT TOP (5) sto_kod, sto_isim FROM STOKLAR ORDER BY sto_kod
--
SELECT TOP (2 * 3) cari_kod FROM CARI_HESAPLAR ORDER BY cari_kod DESC
--
SELECT TOP 1 WITH TIES cha_kod, cha_meblag FROM CARI_HESAP_HAREKETLERI ORDER BY cha_meblag DESC
--
SELECT ISNULL(SUM(cha_meblag), 0) AS tahsilat FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 1 AND cha_tip = 1
--
SELECT IIF(cari_efatura_fl = 1, 'e-Fatura', 'e-Arşiv') AS tur, COUNT(*) AS adet FROM CARI_HESAPLAR GROUP BY IIF(cari_efatura_fl = 1, 'e-Fatura', 'e-Arşiv')
--
SELECT STUFF(cari_kod, 1, 4, '') AS alt_kod, cari_kod FROM CARI_HESAPLAR
--
SELECT EOMONTH(cha_tarihi) AS ay_sonu, SUM(cha_meblag) AS tutar FROM CARI_HESAP_HAREKETLERI GROUP BY EOMONTH(cha_tarihi)
--
SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CARI_HESAPLAR' ORDER BY ORDINAL_POSITION
--
SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'STOK_HAREKETLERI' AND DATA_TYPE = 'uniqueidentifier'
--
SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA = 'dbo' ORDER BY TABLE_NAME
--
SELECT kas_kod, kas_isim, (SELECT ISNULL(SUM(cha_meblag), 0) FROM CARI_HESAP_HAREKETLERI WHERE cha_kasa_hizmet = 4 AND cha_kasa_hizkod = kas_kod) AS bakiye FROM KASALAR
--
SELECT ban_kod, ban_ismi, ban_IBAN, (SELECT ISNULL(SUM(fis_meblag0), 0) FROM MUHASEBE_FISLERI WHERE fis_hesap_kod = ban_muh_kod) AS bakiye FROM BANKALAR
--
SELECT sto_kod, sto_isim, dbo.fn_DepodakiMiktar(sto_kod, 1, GETDATE()) AS merkez_depo FROM STOKLAR
--
SELECT s.sto_kod, v.sth_depo_no, v.sth_eldeki_miktar FROM STOKLAR s INNER JOIN STOK_HAREKETTEN_ELDEKI_MIKTAR_VIEW v ON v.sth_stok_kod = s.sto_kod
--
SELECT sth_stok_kod, SUM(CASE WHEN sth_tip = 0 THEN sth_maliyet_ana ELSE -sth_maliyet_ana END) AS maliyet, SUM(CASE WHEN sth_tip = 0 THEN sth_miktar ELSE -sth_miktar END) AS miktar FROM STOK_HAREKETLERI WHERE sth_iptal = 0 GROUP BY sth_stok_kod
--
SELECT sth_stok_kod, SUM(sth_tutar) AS satis, SUM(sth_maliyet_ana) AS maliyet, SUM(sth_tutar) - SUM(sth_maliyet_ana) AS brut_kar FROM STOK_HAREKETLERI WHERE sth_tip = 1 AND sth_evraktip = 4 GROUP BY sth_stok_kod ORDER BY brut_kar DESC
--
SELECT odp_no, odp_adi, odp_ortgun FROM ODEME_PLANLARI ORDER BY odp_no
--
SELECT fir_unvan, fir_vergi_daire, fir_vergi_no FROM FIRMALAR
--
SELECT som_kod, som_isim FROM SORUMLULUK_MERKEZLERI WHERE som_iptal = 0
--
SELECT c.cari_kod, c.cari_unvan1, a.adr_il, a.adr_ilce FROM CARI_HESAPLAR c LEFT JOIN CARI_HESAP_ADRESLERI a ON a.adr_cari_kod = c.cari_kod AND a.adr_adres_no = 1
--
SELECT cari_kod, cari_grup_kodu, cari_doviz_cinsi, cari_odemeplan_no, cari_Tel1, cari_hidden, cari_kilitli FROM CARI_HESAPLAR
--
SELECT sto_kod, sto_anagrup_kod, sto_altgrup_kod, sto_DBCno, sto_special1 FROM STOKLAR
--
SELECT cha_kod, cha_meblag_ana_doviz_icin_gecersiz_fl, cha_hidden FROM CARI_HESAP_HAREKETLERI
--
WITH satis AS (SELECT cha_kod, SUM(cha_meblag) AS tutar FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 GROUP BY cha_kod) SELECT TOP 5 c.cari_unvan1, s.tutar FROM satis s JOIN CARI_HESAPLAR c ON c.cari_kod = s.cha_kod ORDER BY s.tutar DESC
--
WITH tahsil AS (SELECT cha_kod, SUM(cha_meblag) AS t FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 1 GROUP BY cha_kod), borc AS (SELECT cha_kod, SUM(cha_meblag) AS b FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 GROUP BY cha_kod) SELECT b.cha_kod, b.b, ISNULL(t.t, 0) AS t, b.b - ISNULL(t.t, 0) AS kalan FROM borc b LEFT JOIN tahsil t ON t.cha_kod = b.cha_kod
--
SELECT cha_kod, cha_tarihi, cha_meblag, ROW_NUMBER() OVER (PARTITION BY cha_kod ORDER BY cha_tarihi DESC) AS sira FROM CARI_HESAP_HAREKETLERI
--
SELECT cha_kod, SUM(cha_meblag) OVER (PARTITION BY cha_kod ORDER BY cha_tarihi) AS kumulatif FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63
--
SELECT DATEDIFF(day, cha_tarihi, GETDATE()) AS gun, cha_kod, cha_meblag FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63
--
SELECT CASE WHEN DATEDIFF(day, cha_tarihi, GETDATE()) <= 30 THEN '0-30' WHEN DATEDIFF(day, cha_tarihi, GETDATE()) <= 60 THEN '31-60' ELSE '60+' END AS yaslandirma, SUM(cha_meblag) AS tutar FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 GROUP BY CASE WHEN DATEDIFF(day, cha_tarihi, GETDATE()) <= 30 THEN '0-30' WHEN DATEDIFF(day, cha_tarihi, GETDATE()) <= 60 THEN '31-60' ELSE '60+' END
--
SELECT DATEADD(day, 30, cha_tarihi) AS vade, cha_kod FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63
--
SELECT YEAR(sth_tarih) AS yil, MONTH(sth_tarih) AS ay, SUM(sth_miktar) AS miktar FROM STOK_HAREKETLERI GROUP BY YEAR(sth_tarih), MONTH(sth_tarih)
--
SELECT LEN(cari_unvan1) AS uzunluk, UPPER(cari_unvan1) AS buyuk, SUBSTRING(cari_kod, 1, 3) AS grup FROM CARI_HESAPLAR
--
SELECT CHARINDEX('.', cari_kod) AS nokta, REPLACE(cari_kod, '.', '-') AS kod FROM CARI_HESAPLAR
--
SELECT LTRIM(RTRIM(sto_isim)) AS isim, CAST(sto_toptan_vergi AS varchar(3)) + '%' AS kdv FROM STOKLAR
--
SELECT COUNT(DISTINCT cha_kod) AS musteri, COUNT(*) AS belge, AVG(cha_meblag) AS ortalama FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63
--
SELECT b.bar_kodu, s.sto_kod, s.sto_isim FROM BARKOD_TANIMLARI b JOIN STOKLAR s ON s.sto_kod = b.bar_stokkodu WHERE b.bar_master = 1
--
SELECT s.sto_kod, f.sfiyat_fiyati FROM STOKLAR s LEFT JOIN STOK_SATIS_FIYAT_LISTELERI f ON f.sfiyat_stokkod = s.sto_kod AND f.sfiyat_listesirano = 1
--
SELECT dep_no, dep_adi, (SELECT COUNT(*) FROM STOK_HAREKETLERI WHERE sth_cikis_depo_no = dep_no) AS cikis FROM DEPOLAR
--
SELECT fis_sira_no, COUNT(*) AS satir, SUM(fis_meblag0) AS denge FROM MUHASEBE_FISLERI GROUP BY fis_sira_no HAVING SUM(fis_meblag0) = 0
--
SELECT fis_kaynak_evrak_tip, COUNT(DISTINCT fis_sira_no) AS fis FROM MUHASEBE_FISLERI GROUP BY fis_kaynak_evrak_tip
--
SELECT TOP 20 fis_tarih, fis_yevmiye_no, fis_hesap_kod, fis_aciklama1, fis_meblag0 FROM MUHASEBE_FISLERI WITH (NOLOCK) ORDER BY fis_yevmiye_no, fis_satir_no
--
SELECT gef_GIBFaturaNo, gef_Unvan, gef_OdenecekTutar FROM GELEN_E_FATURALAR ORDER BY gef_FaturaTarihi DESC
--
SELECT cari_kod FROM CARI_HESAPLAR WHERE cari_kod IN (SELECT cha_kod FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 1)
--
SELECT cari_kod FROM CARI_HESAPLAR c WHERE EXISTS (SELECT 1 FROM CARI_HESAP_HAREKETLERI h WHERE h.cha_kod = c.cari_kod AND h.cha_evrak_tip = 63)
--
SELECT 'Satış' AS tur, SUM(cha_meblag) AS tutar FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63 UNION ALL SELECT 'Tahsilat', SUM(cha_meblag) FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 1
--
SELECT CAST(cha_tarihi AS date) AS gun, SUM(cha_meblag) AS tutar FROM CARI_HESAP_HAREKETLERI GROUP BY CAST(cha_tarihi AS date)
--
SELECT cha_Guid, cha_evrakno_seri + '-' + CAST(cha_evrakno_sira AS varchar(10)) AS belge FROM CARI_HESAP_HAREKETLERI WHERE cha_evrak_tip = 63
--
SELECT c.cari_kod, c.cari_unvan1, son.cha_tarihi AS son_fatura, son.cha_meblag AS son_tutar FROM CARI_HESAPLAR c WITH (NOLOCK) CROSS APPLY (SELECT TOP 1 h.cha_tarihi, h.cha_meblag FROM CARI_HESAP_HAREKETLERI h WITH (NOLOCK) WHERE h.cha_kod = c.cari_kod AND h.cha_evrak_tip = 63 ORDER BY h.cha_tarihi DESC) son ORDER BY son.cha_tarihi DESC
--
SELECT c.cari_kod, ISNULL(b.bakiye, 0) AS bakiye FROM CARI_HESAPLAR c OUTER APPLY (SELECT SUM(CASE WHEN h.cha_tip = 0 THEN h.cha_meblag ELSE -h.cha_meblag END) AS bakiye FROM CARI_HESAP_HAREKETLERI h WHERE h.cha_kod = c.cari_kod AND h.cha_iptal = 0) b ORDER BY c.cari_kod
--
SELECT s.sto_kod, s.sto_isim, sf.sth_tarih AS son_satis, sf.sth_miktar FROM STOKLAR s OUTER APPLY (SELECT TOP 1 sth_tarih, sth_miktar FROM STOK_HAREKETLERI WHERE sth_stok_kod = s.sto_kod AND sth_tip = 1 ORDER BY sth_tarih DESC, sth_RECno DESC) sf
--
SELECT h.muh_hesap_kod, h.muh_hesap_isim1, t.borc, t.alacak FROM MUHASEBE_HESAP_PLANI h CROSS APPLY (SELECT SUM(CASE WHEN f.fis_meblag0 > 0 THEN f.fis_meblag0 ELSE 0 END) AS borc, SUM(CASE WHEN f.fis_meblag0 < 0 THEN -f.fis_meblag0 ELSE 0 END) AS alacak FROM MUHASEBE_FISLERI f WHERE f.fis_hesap_kod LIKE h.muh_hesap_kod + '%' AND f.fis_iptal = 0) t WHERE t.borc + t.alacak > 0
--
SELECT c.cari_kod, STUFF((SELECT ', ' + h.cha_evrakno_seri + '-' + CAST(h.cha_evrakno_sira AS varchar(10)) FROM CARI_HESAP_HAREKETLERI h WHERE h.cha_kod = c.cari_kod AND h.cha_evrak_tip = 63 ORDER BY h.cha_evrakno_sira FOR XML PATH('')), 1, 2, '') AS faturalar FROM CARI_HESAPLAR c WHERE EXISTS (SELECT 1 FROM CARI_HESAP_HAREKETLERI x WHERE x.cha_kod = c.cari_kod)
--
SELECT d.dep_no, d.dep_adi, STUFF((SELECT DISTINCT ',' + sth_stok_kod FROM STOK_HAREKETLERI WHERE sth_cikis_depo_no = d.dep_no FOR XML PATH(''), TYPE).value('.', 'NVARCHAR(MAX)'), 1, 1, '') AS stoklar FROM DEPOLAR d
--
SELECT b.ban_kod, b.ban_ismi, STUFF((SELECT ' | ' + CONVERT(varchar(10), h.cha_tarihi, 104) FROM CARI_HESAP_HAREKETLERI h WHERE h.cha_kod = b.ban_kod AND h.cha_cari_cins = 2 ORDER BY h.cha_tarihi FOR XML PATH('')), 1, 3, '') AS hareket_gunleri FROM BANKALAR b
--
SELECT s.sto_anagrup_kod, STUFF((SELECT ', ' + x.sto_kod FROM STOKLAR x WHERE x.sto_anagrup_kod = s.sto_anagrup_kod ORDER BY x.sto_kod FOR XML PATH('')), 1, 2, '') AS kodlar, COUNT(*) AS adet FROM STOKLAR s GROUP BY s.sto_anagrup_kod
--
SELECT c.cari_kod, y.adr_il, y.adr_ilce, STUFF((SELECT ';' + CAST(k.cha_meblag AS varchar(20)) FROM CARI_HESAP_HAREKETLERI k WHERE k.cha_kod = c.cari_kod AND k.cha_evrak_tip = 1 FOR XML PATH('')), 1, 1, '') AS tahsilatlar FROM CARI_HESAPLAR c OUTER APPLY (SELECT TOP 1 a.adr_il, a.adr_ilce FROM CARI_HESAP_ADRESLERI a WHERE a.adr_cari_kod = c.cari_kod ORDER BY a.adr_adres_no) y
--
SELECT TOP 10 c.cari_kod, son.tarih, DATEDIFF(day, son.tarih, GETDATE()) AS gecen_gun, FORMAT(son.tutar, 'N2', 'tr-TR') AS tutar FROM CARI_HESAPLAR c CROSS APPLY (SELECT TOP 1 cha_tarihi AS tarih, cha_meblag AS tutar FROM CARI_HESAP_HAREKETLERI WHERE cha_kod = c.cari_kod AND cha_evrak_tip = 1 ORDER BY cha_tarihi DESC) son ORDER BY gecen_gun DESC
--
SELECT o.odp_no, o.odp_adi, n.musteri_sayisi FROM ODEME_PLANLARI o CROSS APPLY (SELECT COUNT(*) AS musteri_sayisi FROM CARI_HESAPLAR WHERE cari_odemeplan_no = o.odp_no) n
--
SELECT k.kst_kodu, b.ban_ismi, k.kst_tutar, k.kst_taksit_sayisi, SUM(CASE WHEN t.ktt_odendi_fl = 0 THEN t.ktt_anapara ELSE 0 END) AS kalan_anapara, MIN(CASE WHEN t.ktt_odendi_fl = 0 THEN t.ktt_vade_tarihi END) AS sonraki_vade FROM KREDI_SOZLESMESI_TANIMLARI k WITH (NOLOCK) JOIN BANKALAR b ON b.ban_kod = k.kst_banka_kodu JOIN KREDI_SOZLESMESI_TAKSIT_TANIMLARI t ON t.ktt_sozlesme_kodu = k.kst_kodu WHERE k.kst_iptal = 0 GROUP BY k.kst_kodu, b.ban_ismi, k.kst_tutar, k.kst_taksit_sayisi
--
SELECT CONVERT(char(7), ktt_vade_tarihi, 126) AS ay, SUM(ktt_anapara) AS anapara, SUM(ktt_faiz) AS faiz, SUM(ktt_anapara + ktt_faiz) AS toplam FROM KREDI_SOZLESMESI_TAKSIT_TANIMLARI WHERE ktt_odendi_fl = 0 GROUP BY CONVERT(char(7), ktt_vade_tarihi, 126) ORDER BY ay
--
SELECT k.kst_kodu, k.kst_tutar, n.sonraki_vade, n.ktt_anapara + n.ktt_faiz AS sonraki_taksit FROM KREDI_SOZLESMESI_TANIMLARI k OUTER APPLY (SELECT TOP 1 ktt_vade_tarihi AS sonraki_vade, ktt_anapara, ktt_faiz FROM KREDI_SOZLESMESI_TAKSIT_TANIMLARI WHERE ktt_sozlesme_kodu = k.kst_kodu AND ktt_odendi_fl = 0 ORDER BY ktt_vade_tarihi) n
--
SELECT [x].ay, COUNT(*) AS musteri FROM CARI_HESAPLAR c WITH (NOLOCK) CROSS APPLY (SELECT TOP (1) MONTH(cha_tarihi) AS ay FROM CARI_HESAP_HAREKETLERI WITH (NOLOCK) WHERE cha_kod = c.cari_kod ORDER BY cha_tarihi DESC) AS [x] GROUP BY [x].ay ORDER BY [x].ay
--
SELECT c.cari_kod, c.cari_unvan1, f.cha_evrakno_seri, f.cha_evrakno_sira, f.cha_meblag FROM CARI_HESAPLAR c CROSS APPLY (SELECT h.cha_evrakno_seri, h.cha_evrakno_sira, h.cha_meblag FROM CARI_HESAP_HAREKETLERI h WITH (NOLOCK) WHERE h.cha_kod = c.cari_kod AND h.cha_evrak_tip = 63 AND h.cha_iptal = 0) f ORDER BY c.cari_kod, f.cha_evrakno_sira
--
SELECT s.sto_kod, d.dep_adi, ISNULL(m.sth_miktar, 0) AS miktar FROM STOKLAR s CROSS JOIN DEPOLAR d OUTER APPLY (SELECT x.sth_miktar FROM STOK_HAREKETLERI x WHERE x.sth_stok_kod = s.sto_kod AND x.sth_cikis_depo_no = d.dep_no AND x.sth_tip = 1) m
