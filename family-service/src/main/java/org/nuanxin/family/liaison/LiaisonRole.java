package org.nuanxin.family.liaison;

/** The two posts of 双岗联系人. */
public enum LiaisonRole {
    /** 社区工作者: the community worker near the family. */
    COMMUNITY_WORKER,
    /** 计生协会工作者: the worker of the association's branch. */
    BRANCH_WORKER
}
