package dev.kopru.farmaborsa.sandbox;

/**
 * The buying pharmacy as an order shows it to the seller (farmaborsa.md §5.4 {@code siparisBilgi}). Fields a buyer
 * lacks are empty strings, as the golden order shows ({@code "tc": ""}).
 */
record Buyer(String nick, String ad, String unvan, String faturaUnvan, String adres, String tel, String vNo,
             String vDaire, String tc, String ePosta) {
}
