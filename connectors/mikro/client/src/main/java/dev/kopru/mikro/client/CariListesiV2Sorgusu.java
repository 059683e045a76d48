package dev.kopru.mikro.client;

/**
 * The filters of {@code CariListesiV2}: {@code FieldName} a comma-separated column list, {@code WhereStr} a raw SQL
 * WHERE fragment (quote literals with {@code MikroSql}), {@code Sort} a column with {@code -} for descending.
 */
public record CariListesiV2Sorgusu(String FieldName, String WhereStr, String Sort, int Size, int Index) {

    public CariListesiV2Sorgusu {
        FieldName = FieldName == null ? "" : FieldName;
        WhereStr = WhereStr == null ? "" : WhereStr;
        Sort = Sort == null ? "" : Sort;
        Paging.check(Size, Index);
    }
}
