package org.nuanxin.common.paging;

import java.util.List;

/** A page of results with the total, as every list endpoint returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
