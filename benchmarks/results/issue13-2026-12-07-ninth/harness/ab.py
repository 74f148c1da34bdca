import subprocess,sys,time,re
# ab.py ROUNDS name=jar[:opts] ...
rounds=int(sys.argv[1]); vs=[a.split('=',1) for a in sys.argv[2:]]
D='/tmp/csi-issue13/incidents-10000000-villages-3000'
res={n:[] for n,_ in vs}
for r in range(rounds):
    for name,spec in vs:
        jar,_,opts=spec.partition(':')
        cmd=['/usr/bin/time','-f','RSS %M','java']+opts.split()+['-XX:+CITime','-jar',jar,'report','--data',D,'--period','2024','--compare','yoy','--format','json','--out','/tmp/s19/out-ab.json']
        t0=time.time(); marks={}
        p=subprocess.Popen(cmd,stdout=subprocess.PIPE,stderr=subprocess.STDOUT,text=True)
        out=[]
        for line in p.stdout:
            t=time.time()-t0; out.append(line)
            if 'read incidents' in line: marks['read']=t
            if 'computing the indicators' in line: marks['comp']=t
            if 'csi: writing' in line: marks['write']=t
            if 'written to' in line: marks['written']=t
        p.wait(); wall=time.time()-t0
        txt=''.join(out)
        c2=float(re.search(r'C2 Compile Time:\s+([\d.]+)',txt).group(1))
        rss=int(re.search(r'RSS (\d+)',txt).group(1))/1024
        row=(wall, marks.get('read',0), marks['write']-marks['comp'], marks['written']-marks['write'], c2, rss)
        res[name].append(row)
        print('%d %-8s wall %6.2f read-done %5.2f stats %5.2f write %5.2f c2 %5.2f rss %5.0f'%((r,name)+row),flush=True)
import statistics as st
for n in res:
    cols=list(zip(*res[n]))
    print('%-8s median wall %.2f read %.2f stats %.2f write %.2f c2 %.2f rss %.0f'%((n,)+tuple(st.median(c) for c in cols)))
