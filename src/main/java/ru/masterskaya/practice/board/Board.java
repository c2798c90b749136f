package ru.masterskaya.practice.board;

import java.util.List;

/** One page of the board: its rows, how many pairs the filter found, and the funnel of those pairs. */
public record Board(List<BoardRow> rows, long total, int page, int pageSize, Funnel funnel) {

    public Board {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    // the shape of a Spring Data page, for the shared pager fragment

    public int getTotalPages() {
        return pages();
    }

    public int getNumber() {
        return page;
    }

    public boolean isFirst() {
        return page == 0;
    }

    public boolean isLast() {
        return page + 1 >= pages();
    }
}
