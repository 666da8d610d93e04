package org.poliin.outreach.internal;

/** The funnel of one visited school. */
public class FunnelSchoolDTO extends FunnelCounts {
    public long schoolId;
    public String code;
    public String name;
    public String county;
    public long visits;
}
