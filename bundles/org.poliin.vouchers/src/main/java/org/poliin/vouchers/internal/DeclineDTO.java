package org.poliin.vouchers.internal;


import org.osgi.dto.DTO;

/** A declined award, and the application the waiting list moved up, if any. */
public class DeclineDTO extends DTO {
    public VoucherDTO voucher;
    public ApplicationDTO promoted;
}
